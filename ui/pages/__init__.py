"""One module per wizard step; :data:`PAGE_CLASSES` maps each Step to its page."""
