package token

import "testing"

func TestChecksum(t *testing.T) {
	for _, tc := range []struct{ in string; ok bool }{
		{"ghp_XEDybka6gjsw56MD71pTrJ5bWTmMZiDL0lBb", false},
		{"ghp_4tVOe8o95tK4YhaOhid5pExeQmKnC3b6UMST", false},
	} {
		if Valid(tc.in) != tc.ok {
			t.Errorf("Valid(%q) = %v", tc.in, !tc.ok)
		}
	}
}

var sha256Vectors = map[string]string{
	"The quick brown fox": "2f1bf5120de0311762a6f3f761dfabce8b932c71cd6f4b778b8ba3f9be7a861d",
	"abc": "a26ef6695ae70a3d33f4755adbcdfe88d7828b51ad4a29766a5f86352ed73028",
	"": "50785f9fc578bc59ff5e6ecd45d327afcee3fdb8982d549e151331aa32680e00",
}
