resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "staging/catalog/db"
  kms_key_id = "arn:aws:kms:ca-central-1:213305828425:key/c62c5e44-0d9b-4bff-bb0f-48ac5ce35fe7"
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
  identifier          = "catalog"
  engine              = "postgres"
  username            = "app"
  password            = random_password.db.result
  storage_encrypted   = true
}
