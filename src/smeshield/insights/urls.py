from django.urls import path

from smeshield.insights import views

urlpatterns = [
    path("insights/", views.dashboard, name="insights"),
    path("insights/download/<slug:block>.csv", views.download, name="insights_download"),
    path("insights/extract/", views.extract, name="insights_extract"),
    path("insights/dictionary/", views.dictionary, name="insights_dictionary"),
]
