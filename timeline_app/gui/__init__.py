"""The Qt desktop app on top of timeline_app.core."""
