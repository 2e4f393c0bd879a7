resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "production/ledger/db"
  kms_key_id = "arn:aws:kms:ap-southeast-2:519788203846:key/29f6bd9d-5d54-4d79-bea1-c920bbcc8dcd"
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
  identifier          = "ledger"
  engine              = "postgres"
  username            = "app"
  password            = random_password.db.result
  storage_encrypted   = true
}
