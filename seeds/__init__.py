"""The bundled seed corpus and its ready project, seeds.timeline."""
