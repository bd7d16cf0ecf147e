"""Style sheets, fonts, icons and translations. This file only lets Python ship the folder inside the app."""
