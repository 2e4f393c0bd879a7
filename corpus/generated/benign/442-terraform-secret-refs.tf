resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "qa/auth-proxy/db"
  kms_key_id = "arn:aws:kms:ca-central-1:309854365451:key/1d23a151-7128-4cee-b6a2-6dda15bac984"
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
  identifier          = "auth-proxy"
  engine              = "postgres"
  username            = "app"
  password            = random_password.db.result
  storage_encrypted   = true
}
