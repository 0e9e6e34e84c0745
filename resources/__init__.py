"""Content, presets, fonts and styles read with importlib.resources."""
