from django.urls import path

from smeshield.people import views

MENTORING = "businesses/<uuid:business_id>/mentoring/"

urlpatterns = [
    path("support/", views.directory, name="directory"),
    path(MENTORING, views.business_mentoring, name="business_mentoring"),
    path(
        MENTORING + "<uuid:mentorship_id>/share/", views.share_with_mentor, name="share_with_mentor"
    ),
    path(
        MENTORING + "<uuid:mentorship_id>/stop-sharing/",
        views.stop_sharing_with_mentor,
        name="stop_sharing_with_mentor",
    ),
    path(
        MENTORING + "<uuid:mentorship_id>/end/",
        views.business_end_mentoring,
        name="business_end_mentoring",
    ),
    path("businesses/<uuid:business_id>/learning-sets/", views.business_sets, name="business_sets"),
    path("mentor/", views.mentor_home, name="mentor_home"),
    path("mentor/profile/", views.mentor_profile, name="mentor_profile"),
    path(
        "mentor/mentorships/<uuid:mentorship_id>/",
        views.mentor_mentorship,
        name="mentor_mentorship",
    ),
    path(
        "mentor/mentorships/<uuid:mentorship_id>/end/",
        views.mentor_end_mentoring,
        name="mentor_end_mentoring",
    ),
    path("supervision/", views.supervision, name="supervision"),
    path("supervision/sessions/<uuid:session_id>/sign-off/", views.sign_off, name="sign_off"),
    path("staff/mentors/", views.mentors_admin, name="mentors_admin"),
    path("staff/mentors/<uuid:profile_id>/vetting/", views.mentor_vetting, name="mentor_vetting"),
    path("staff/learning-sets/", views.sets, name="learning_sets"),
    path("staff/learning-sets/<uuid:set_id>/", views.learning_set, name="learning_set"),
    path(
        "staff/learning-sets/<uuid:set_id>/meetings/<uuid:meeting_id>/",
        views.meeting,
        name="meeting",
    ),
    path("insights/what-works/", views.what_works, name="what_works"),
    path("notifications/", views.notifications, name="notifications"),
]
