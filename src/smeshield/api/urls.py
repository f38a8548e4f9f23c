from django.urls import path

from smeshield.api import views

urlpatterns = [
    path("businesses/<uuid:business_id>/api-tokens/", views.tokens, name="api_tokens"),
    path(
        "businesses/<uuid:business_id>/api-tokens/<uuid:token_id>/revoke/",
        views.token_revoke,
        name="api_token_revoke",
    ),
]
