"""Pictures and printed pages made with Qt outside the window: the results map (map_render)."""
