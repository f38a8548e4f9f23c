from django.urls import path

from smeshield.alerts import views

BASE = "businesses/<uuid:business_id>/alerts/"

urlpatterns = [
    path(BASE, views.inbox, name="alerts_inbox"),
    path(BASE + "<uuid:delivery_id>/", views.alert, name="alerts_alert"),
    path(BASE + "<uuid:delivery_id>/help/", views.alert_help, name="alerts_alert_help"),
    path(
        "businesses/<uuid:business_id>/what-we-use/", views.what_we_use, name="alerts_what_we_use"
    ),
    path(
        "businesses/<uuid:business_id>/what-we-use/<int:item_id>/",
        views.what_we_use_change,
        name="alerts_what_we_use_change",
    ),
    path(
        "businesses/<uuid:business_id>/what-we-use/<int:item_id>/remove/",
        views.what_we_use_remove,
        name="alerts_what_we_use_remove",
    ),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts_unsubscribe"),
    path("staff/alerts/", views.partner_alerts, name="partner_alerts"),
    path("staff/alerts/new/", views.partner_alert_new, name="partner_alert_new"),
    path(
        "staff/alerts/<uuid:advisory_id>/edit/", views.partner_alert_edit, name="partner_alert_edit"
    ),
    path(
        "staff/alerts/<uuid:advisory_id>/withdraw/",
        views.partner_alert_withdraw,
        name="partner_alert_withdraw",
    ),
    path("staff/alerts/relevance/", views.relevance, name="alerts_relevance"),
    path("staff/alerts/unknown-products/", views.unknown_products, name="alerts_unknown_products"),
]
