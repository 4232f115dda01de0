"""How facts and highlights look: colours, fonts and explanations from the palette (QtGui, no widgets)."""
