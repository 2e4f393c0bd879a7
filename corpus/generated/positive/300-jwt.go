package config

import (
	"os"
	"time"
)

var (
	supabaseServiceRoleKey = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImtpZCI6IlQybVhNb0s5WjJaWWxMUHYifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW5pdGVjaC5uZXQvIiwic3ViIjoidXNlcl9sM1pBblVHd2dkTG8iLCJhdWQiOiJzdGF0dXMtcGFnZSIsImlhdCI6MTcxNDUwMTQ5MCwiZXhwIjoxNzQ2MDM3NDkwLCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIn0._zk3T9o0VR0kQrUc1JRlBc81j-W6lL9nQ3ixLzIsMiKRV8p_Wi8xcbdmRXiEPId4xD3DI0k2YDtch9RcDkgWvg"
	databaseHost = "webhook-gateway-db.internal.massive-dynamic.cloud"
	smtpPort = 25
	paginationDefaultLimit = 50
	sentryEnvironment = "qa"
	defaultLocale = "fr-FR"
	timezone = "America/New_York"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
