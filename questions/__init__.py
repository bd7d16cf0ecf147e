"""The bundled question banks (YAML). This file only lets Python ship the folder inside the app."""
