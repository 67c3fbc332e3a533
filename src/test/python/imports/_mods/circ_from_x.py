from circ_from_y import Y
X = "x"
