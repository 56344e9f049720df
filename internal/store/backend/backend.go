// Package backend links every archive backend into a program, so that
// store.Open can choose among them by address. Import it for its side
// effect: import _ "sitrep/internal/store/backend".
package backend

import (
	_ "sitrep/internal/store/postgres" // postgres:// and postgresql:// addresses
	_ "sitrep/internal/store/sqlite"   // file paths and sqlite:// addresses
)
