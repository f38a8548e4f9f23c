from django.urls import path

from smeshield.businesses import views

urlpatterns = [
    path("dashboard/", views.home, name="home"),
    path("businesses/new/", views.register, name="business_register"),
    path("businesses/<uuid:business_id>/", views.dashboard, name="business_dashboard"),
    path("businesses/<uuid:business_id>/sharing/", views.sharing, name="business_sharing"),
    path(
        "businesses/<uuid:business_id>/sharing/<uuid:consent_id>/stop/",
        views.sharing_stop,
        name="business_sharing_stop",
    ),
    path("staff/", views.staff_home, name="staff_home"),
    path("staff/businesses/<uuid:business_id>/", views.staff_business, name="staff_business"),
]
