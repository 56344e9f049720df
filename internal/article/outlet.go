package article

import (
	"net"
	nurl "net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// An outlet is a site, not a channel or a section: a feed titled "Gulf
// Dispatch — Red Sea and Yemen" and a page whose og:site_name is "U.S." are
// both from the site they were served by. SiteOutlet names it from the
// names the source offers, keeping the one that agrees with the site's host
// (or is a known outlet when there is no host), else the host's domain.

// titleSeps split a channel title into the site's name and the section's.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", ": ", " / ", " · "}

// SiteOutlet returns the outlet of a page or feed at pageURL, given the
// names it calls itself (og:site_name, a feed's title), best first.
func SiteOutlet(pageURL string, names ...string) string {
	domain := siteDomain(pageURL)
	labels := hostLabels(pageURL, domain)
	var known, first string
	for _, n := range names {
		for _, p := range splitTitle(n) {
			if first == "" {
				first = p
			}
			if o, ok := knownOutlets[strings.ToLower(p)]; ok && known == "" {
				known = o
				if domain == "" || fitsAny(p, labels) {
					return o
				}
			}
			if fitsAny(p, labels) {
				return shortestFit(p, labels)
			}
		}
	}
	switch {
	case domain != "":
		return domain
	case known != "":
		return known
	}
	return first
}

// shortestFit is the shortest run of a name's words that is the domain's
// name exactly ("heise" of "heise developer neueste Meldungen"), else the name.
// A name of three words or fewer is taken whole ("Harbour Gazette").
func shortestFit(name string, labels []string) string {
	words := strings.Fields(name)
	if len(words) <= 3 {
		return name
	}
	for n := 1; n < len(words); n++ {
		for i := 0; i+n <= len(words); i++ {
			c := strings.TrimPrefix(compactName(strings.Join(words[i:i+n], " ")), "the")
			for _, l := range labels {
				if c == strings.TrimPrefix(l, "the") {
					return strings.Join(words[i:i+n], " ")
				}
			}
		}
	}
	return name
}

// hostLabels are the names a host may carry of its site: the registrable
// domain's label first ("theguardian"), then the other labels of the host
// but the generic ones (www, news, feeds …).
func hostLabels(u, domain string) []string {
	if domain == "" {
		return nil
	}
	out := []string{compactName(domainLabel(domain))}
	p, _ := nurl.Parse(strings.TrimSpace(u))
	host := strings.TrimSuffix(strings.ToLower(p.Hostname()), "."+domain)
	if host == p.Hostname() {
		return out
	}
	for _, l := range strings.Split(host, ".") {
		switch l {
		case "www", "news", "feeds", "feed", "rss", "m", "mobile", "amp", "edition", "blog", "blogs":
			continue
		}
		if c := compactName(l); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func fitsAny(name string, labels []string) bool {
	for _, l := range labels {
		if nameFitsLabel(name, l) {
			return true
		}
	}
	return false
}

func splitTitle(s string) []string {
	parts := []string{strings.TrimSpace(stripTags(s))}
	for _, sep := range titleSeps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// siteDomain is the registrable domain of u's host ("theguardian.com" for
// www.theguardian.com), or "" when u has no host.
func siteDomain(u string) string {
	p, err := nurl.Parse(strings.TrimSpace(u))
	if err != nil || p.Hostname() == "" {
		return ""
	}
	host := strings.ToLower(strings.TrimSuffix(p.Hostname(), "."))
	if !strings.Contains(host, ".") || net.ParseIP(host) != nil {
		return "" // localhost, an address: no name to check a site's against
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// domainLabel is a domain without its public suffix ("theguardian").
func domainLabel(domain string) string {
	suffix, _ := publicsuffix.PublicSuffix(domain)
	return strings.TrimSuffix(strings.TrimSuffix(domain, suffix), ".")
}

// nameFitsLabel reports whether a site name is a host label's: the same
// letters ("The Guardian", theguardian.com; "NBC New York", nbcnewyork.com),
// one in the other ("The Washington Post", washingtonpost.com), or the
// initials ("Jornal de Notícias", jn.pt).
func nameFitsLabel(name, label string) bool {
	n := compactName(name)
	if i := strings.LastIndexByte(name, '.'); i > 0 && !strings.Contains(name[i:], " ") {
		n = compactName(name[:i]) // "Golem.de", "ilmessaggero.it"
	}
	if label == "" || n == "" {
		return false
	}
	strip := func(s string) string { return strings.TrimPrefix(s, "the") }
	if n == label || strip(n) == strip(label) {
		return true
	}
	if len(label) >= 4 && len(n) >= 4 && (strings.Contains(n, label) || strings.Contains(label, n)) {
		return true
	}
	var initials []rune
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "de", "da", "do", "das", "dos", "di", "del", "la", "le", "el", "of", "the", "and", "&":
			continue
		}
		if r := []rune(compactName(w)); len(r) > 0 {
			initials = append(initials, r[0])
		}
	}
	return len(initials) >= 2 && string(initials) == label
}

// compactName keeps a name's letters and digits, lower case, accents dropped.
func compactName(s string) string {
	var b strings.Builder
	for _, r := range foldAccents(strings.ToLower(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unwrapRedirect returns the target of a search engine's redirect link
// (https://www.google.com/url?…&url=TARGET), else u.
func unwrapRedirect(u string) string {
	p, err := nurl.Parse(u)
	if err != nil || p.Path != "/url" || !strings.Contains(p.Hostname(), "google.") {
		return u
	}
	for _, k := range []string{"url", "q"} {
		if t := p.Query().Get(k); strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") {
			return t
		}
	}
	return u
}

// isFeedProxy reports whether a link's host only relays the publisher's
// own links (FeedBurner and the like), so it says nothing of the site.
func isFeedProxy(u string) bool {
	p, err := nurl.Parse(u)
	if err != nil {
		return false
	}
	h := strings.ToLower(p.Hostname())
	return strings.HasPrefix(h, "feedproxy.") || strings.Contains(h, "feedburner.") || strings.HasPrefix(h, "feeds.") ||
		strings.Contains(h, "pheedo.") || strings.Contains(h, "click")
}
