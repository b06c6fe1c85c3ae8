"""User authentication (RFC 4252) in both roles."""
