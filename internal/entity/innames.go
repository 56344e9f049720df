package entity

import "strings"

// Places inside longer names: "Windsor–Detroit Bridge Authority", "Peace
// and Freedom Party of California", "University of Texas at Tyler" name a
// body or a work, not the places in them.

// infraHeads end the names of works that run between places: "Mumbai–Pune
// Expressway", "Addis Ababa–Djibouti Railway".
var infraHeads = wordSet(`expressway highway motorway freeway railway railroad road pipeline corridor canal tunnel bridge`)

// campusHeads take a campus after "at" or a dash: "University of Texas at
// Tyler", "University of Wisconsin–Madison".
var campusHeads = wordSet(`university college institute`)

// placeMention returns the place or country mention, named by its name,
// that ends just before token k, or nil.
func placeMention(f *fieldState, k int) *mention {
	o := f.at(k - 1)
	if o == nil || o.b != k || o.form != FormName || o.r.e.Kind != KindPlace && o.r.e.Kind != KindCountry {
		return nil
	}
	return o
}

// gluedPlace returns the place mention joined to token k by a dash or a
// hyphen or a slash with no space ("Windsor–Detroit", "Lagos-Ibadan",
// "Leipzig/Halle"), or nil.
func gluedPlace(f *fieldState, k int) *mention {
	if k < 1 {
		return nil
	}
	if f.toks[k-1].flags&fHyphen != 0 {
		return placeMention(f, k)
	}
	if k < 2 {
		return nil
	}
	d := f.toks[k-1]
	if t := f.text[d.start:d.end]; t != "–" && t != "—" && t != "/" || f.toks[k-2].end != d.start || d.end != f.toks[k].start {
		return nil
	}
	return placeMention(f, k-1)
}

// joinedPlaces returns where a name opening at k whose last word is a
// body's, a facility's or a work's head begins once the places joined to
// it are taken in: the places before a dash ("Windsor–Detroit Bridge
// Authority"), and for a work's head alone, the place before it too when
// another is dashed to it ("Addis Ababa–Djibouti Railway"). The places'
// mentions are taken back.
func (rz *recognizer) joinedPlaces(f *fieldState, k, words int, last string) int {
	if words == 1 && infraHeads[last] && f.spaced(k-1) {
		o := placeMention(f, k)
		if o == nil || gluedPlace(f, o.a) == nil {
			return k
		}
		rz.unset(f, o)
		k = o.a
		words++
	}
	if words < 2 {
		return k
	}
	for {
		o := gluedPlace(f, k)
		if o == nil {
			return k
		}
		rz.unset(f, o)
		k = o.a
	}
}

// placeEndsName reports whether a place or country mention starts at k
// and ends the capitalised name it stands in ("… Party of California
// nominated", not "… of Texas Rangers").
func (rz *recognizer) placeEndsName(f *fieldState, k int) bool {
	o := f.at(k)
	if o == nil || o.a != k || o.form != FormName || o.r.e.Kind != KindPlace && o.r.e.Kind != KindCountry {
		return false
	}
	return !(o.b < len(f.toks) && f.spaced(o.b-1) && f.word(o.b) && f.toks[o.b].flags&(fCap|fAllCaps) != 0 && !f.isNorm(o.b, functionWords))
}

// campusAfter extends a university's name ending before b over its
// campus: "at" and a place ("at Tyler"), a dash and a capitalised word
// ("–Madison"), or, for a state's university (of, the place after "of"), a
// comma and a town of that country ending the name (", Santa Cruz"). It
// returns the new end.
func (rz *recognizer) campusAfter(f *fieldState, b int, of *Entity) int {
	if b+1 < len(f.toks) && f.word(b) && f.norm(b) == "at" && f.spaced(b-1) && f.spaced(b) && f.toks[b].sent == f.toks[b+1].sent {
		if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && o.r.e.Kind == KindPlace && rz.placeEndsName(f, b+1) {
			end := o.b
			rz.unset(f, o)
			return end
		}
	}
	// "University of California, Santa Cruz": a state's university, a
	// comma and the town of its campus
	if b+1 < len(f.toks) && f.toks[b].punct == ',' && f.toks[b].sent == f.toks[b+1].sent {
		if of == nil || !strings.HasPrefix(of.ID, "region:") {
			// only a state's university has campuses named after towns
		} else if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && strings.HasPrefix(o.r.e.ID, "city:") &&
			o.r.e.Country == of.Country && rz.placeEndsName(f, b+1) && !rz.regionNext(f, o.b) {
			end := o.b
			rz.unset(f, o)
			return end
		}
	}
	if b+1 < len(f.toks) && f.toks[b].punct == 0 && f.toks[b-1].end == f.toks[b].start && f.toks[b].end == f.toks[b+1].start {
		if t := f.text[f.toks[b].start:f.toks[b].end]; (t == "–" || t == "—") && rz.nameTok(f, b+1) {
			return b + 2
		}
	}
	return b
}

// townPreps between a place and the town it lies in: "X in Y", "X near Y".
var townPreps = wordSet("in near outside at")

// townAfter returns the town (a gazetteer city; no district, region or
// country) named right after a place ending before b: ", Manchester" or
// "in Wroclaw".
func (rz *recognizer) townAfter(f *fieldState, b int) *Entity {
	if b+1 >= len(f.toks) || f.toks[b].sent != f.toks[b+1].sent || !(f.toks[b].punct == ',' || f.word(b) && f.isNorm(b, townPreps)) {
		return nil
	}
	o := f.at(b + 1)
	if o == nil || o.a != b+1 || o.form != FormName || o.r.e.Lat == nil || o.r.e.Kind != KindPlace {
		return nil
	}
	if strings.HasPrefix(o.r.e.ID, "city:") {
		return o.r.e // a district or county is too large to place it by
	}
	return nil
}

// regionNext reports whether a comma and a first-level region or a
// country follow token b-1 ("…, Ann Arbor, Michigan"): a town located by
// its region, not a campus ending a name.
func (rz *recognizer) regionNext(f *fieldState, b int) bool {
	if b+1 >= len(f.toks) || f.toks[b].punct != ',' {
		return false
	}
	o := f.at(b + 1)
	return o != nil && o.a == b+1 && (o.r.e.Kind == KindCountry || strings.HasPrefix(o.r.e.ID, "region:"))
}
