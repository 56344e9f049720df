package article

import "testing"

func TestSiteOutlet(t *testing.T) {
	for _, c := range []struct {
		url   string
		names []string
		want  string
	}{
		// A channel or section title is no outlet: the part that is the site's.
		{"https://gulfdispatch.example/red-sea", []string{"Gulf Dispatch — Red Sea and Yemen"}, "Gulf Dispatch"},
		{"https://www.washingtonpost.com/wellness", []string{"Wellness: Health, Fitness - The Washington Post"}, "The Washington Post"},
		{"http://www.heise.de/developer/", []string{"heise developer neueste Meldungen"}, "heise"},
		{"https://www.jn.pt/", []string{"Jornal de Notícias - Últimas Notícias"}, "Jornal de Notícias"},
		{"https://gazette.example.net/", []string{"Harbour Gazette"}, "Harbour Gazette"},
		// og:site_name naming a section ("U.S."): the site's domain.
		{"https://www.nytimes.com/2024/01/01/us/x.html", []string{"U.S."}, "nytimes.com"},
		// A known outlet with no host to check it against.
		{"", []string{"Reuters | World"}, "Reuters"},
		{"", []string{"Riverside Courier — Local"}, "Riverside Courier"},
	} {
		if got := SiteOutlet(c.url, c.names...); got != c.want {
			t.Errorf("SiteOutlet(%q, %q) = %q, want %q", c.url, c.names, got, c.want)
		}
	}
}

func TestUnwrapRedirect(t *testing.T) {
	in := "https://www.google.com/url?rct=j&sa=t&url=https://example.org/story/1&ct=ga"
	if got := unwrapRedirect(in); got != "https://example.org/story/1" {
		t.Errorf("unwrapRedirect = %q", got)
	}
	if got := unwrapRedirect("https://example.org/url?url=https://x.org/"); got != "https://example.org/url?url=https://x.org/" {
		t.Errorf("a site's own /url path was unwrapped: %q", got)
	}
}
