"""The audit trail's tamper evidence: a hash chain over audit entries."""
