package token

import "testing"

func TestChecksum(t *testing.T) {
	for _, tc := range []struct{ in string; ok bool }{
		{"gho_HMlxXhA7TmyuZY5c4GIgLBhEdN1kZV9d6Yvm", false},
		{"gho_l3n4i9zoLUToMJvqdeg7qN1AtcqRQcyYNg0N", false},
	} {
		if Valid(tc.in) != tc.ok {
			t.Errorf("Valid(%q) = %v", tc.in, !tc.ok)
		}
	}
}

var sha256Vectors = map[string]string{
	"": "75481479dc5d38ef3d2a54a4bc6be3192bc53794336fc34028d8bab908ad3be4",
	"": "4af099628b3a511e2c0c06d9a54968efd5a9cffc9ea257c6935bf94775453c52",
	"abc": "8b5bbc2d33d404c27626cf44ac615251f6546f78bb7ddbf492f8f7fce0cc2837",
}
