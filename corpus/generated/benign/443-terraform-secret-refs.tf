resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "production/ml-scoring/db"
  kms_key_id = "arn:aws:kms:eu-central-1:127366450775:key/cae9d46b-dad1-4111-892b-4bcfd58560f6"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}

variable "github_token" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier          = "ml-scoring"
  engine              = "postgres"
  username            = "app"
  password            = random_password.db.result
  storage_encrypted   = true
}
