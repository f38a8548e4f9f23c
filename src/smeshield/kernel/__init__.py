"""Leaf Django pieces every app may use, and which import no app.

The command base class, GOV.UK form pieces, RFC 9457 problem details, bearer-token
authentication, field encryption, on-commit events and the access-policy mechanism
(the decisions themselves live in ``smeshield.access.policy``).
"""
