"""Bundled resources: rule data, icons, style sheets (loaded through timeline_app.core.resources)."""
