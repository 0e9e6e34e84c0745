"""The Qt application (PySide6). Depends on ``wizard``; nothing depends on it."""
