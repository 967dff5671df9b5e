"""The QGraphicsView timeline: time-to-pixel metrics, lane layout, scene, view, rendering."""
