package token

import "testing"

func TestChecksum(t *testing.T) {
	for _, tc := range []struct{ in string; ok bool }{
		{"npm_TlFcYCK231uT95sqPd6DhYLRz9VvlGfQjgLf", false},
		{"ghp_7ExuGYUQ0ppth0RJQIh3j5mLccaQljn9sXOC", false},
	} {
		if Valid(tc.in) != tc.ok {
			t.Errorf("Valid(%q) = %v", tc.in, !tc.ok)
		}
	}
}

var sha256Vectors = map[string]string{
	"abc": "9ce09317acbf831e8d5e0c389428cc61cf10b516a616626423ca26bfca2e2e92",
	"": "13402fc6142e8cb6f51f57d4f1b40da5ca26259c58a3e977d08e02cc98609ac4",
	"": "bf5fb8cd36dc6b1a6e588b7b33733138792e92a1efe3ba3d72bf9712950a7589",
}
