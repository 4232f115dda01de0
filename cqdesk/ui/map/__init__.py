"""The tile map: Chongqing's 38 divisions as equal tiles, shaded by their facts; a click filters."""
