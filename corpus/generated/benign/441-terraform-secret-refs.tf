resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/inventory-sync/db"
  kms_key_id = "arn:aws:kms:eu-central-1:904969934736:key/9ae85fd0-e97c-43c9-a028-3c82ce21056a"
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
  identifier          = "inventory-sync"
  engine              = "postgres"
  username            = "app"
  password            = random_password.db.result
  storage_encrypted   = true
}
