package article

import (
	"strings"
	"testing"
)

// textCase says what ParseText must read out of one invented layout.
type textCase struct {
	name      string
	in        string
	title     string
	published string
	authors   string // joined with "; "
	outlet    string
	byline    string
	paras     int
	first     string // body starts with
	notInBody []string
}

var textCases = []textCase{
	{
		name: "dotted date with author, title twice, byline with quoted outlet, related footer",
		in: "15.02.2024 Author: Marta Novak\n\nDrought Threatens Harvest in the Plains\n\nDrought Threatens Harvest in the Plains\n\n" +
			"Farmers across the plains report the driest winter in decades.\n\nReservoirs stand at a third of capacity.\n\n\n" +
			"Marta Novak, agricultural analyst, exclusively for the online magazine “Field Review”.\n\nRelated articles:\n",
		title: "Drought Threatens Harvest in the Plains", published: "2024-02-15", authors: "Marta Novak",
		outlet: "Field Review", byline: "Marta Novak, agricultural analyst, exclusively for the online magazine “Field Review”.",
		paras: 2, first: "Farmers across", notInBody: []string{"Related articles", "Author:"},
	},
	{
		name:  "ISO date, By line, title first",
		in:    "Border Crossing Reopens\nBy Sam Ortiz\n2023-11-30\n\nThe crossing reopened on Thursday after a week of closure.\n\nTrucks queued for kilometres.\n",
		title: "Border Crossing Reopens", published: "2023-11-30", authors: "Sam Ortiz", paras: 2, first: "The crossing",
	},
	{
		name:  "month-name date then By on the same line",
		in:    "Talks Stall Over Prisoner Exchange\n\nJanuary 8, 2024 By Leila Haddad\n\nMediators said the two sides remained far apart.\n\nA new round is planned next month.\n",
		title: "Talks Stall Over Prisoner Exchange", published: "2024-01-08", authors: "Leila Haddad", paras: 2,
	},
	{
		name:  "day-month-year with abbreviated month and author on next line",
		in:    "8 Jan 2024\nAuthor: Pavel Ivanov\n\nGrid Repairs Continue After Strikes\n\nCrews restored power to half the city overnight.\n",
		title: "Grid Repairs Continue After Strikes", published: "2024-01-08", authors: "Pavel Ivanov", paras: 1,
	},
	{
		name:  "abbreviated month with period, two authors",
		in:    "Aid Convoy Reaches Besieged Town\nBy Ana Gil and Tom Reyes\nJan. 8, 2024\n\nThe convoy carried flour and medicine.\n",
		title: "Aid Convoy Reaches Besieged Town", published: "2024-01-08", authors: "Ana Gil; Tom Reyes", paras: 1,
	},
	{
		name:  "author with agency, dateline gives no override",
		in:    "Militia Leaders Reject Deadline\nOmar Saleh, Reuters\nMarch 3, 2024\n\nBAGHDAD, March 3 (Reuters) - Leaders of two militias said on Sunday they would not disarm.\n\nThe government did not comment.\n",
		title: "Militia Leaders Reject Deadline", published: "2024-03-03", authors: "Omar Saleh", outlet: "Reuters", paras: 2,
		first: "BAGHDAD, March 3 (Reuters) -",
	},
	{
		name:  "dateline gives the outlet",
		in:    "Drone Strike Hits Depot\n\nBAGHDAD, Jan 8 (Reuters) - A drone struck a weapons depot north of the capital, security sources said.\n\nThere were no casualties.\n",
		title: "Drone Strike Hits Depot", outlet: "Reuters", paras: 2, first: "BAGHDAD, Jan 8 (Reuters) -",
	},
	{
		name: "furniture everywhere",
		in: "Share this\nShare on Facebook\nCeasefire Holds for Third Day\nAdvertisement\n\nBy Nina Berg\n\nThe ceasefire held for a third day.\n\nAdvertisement\n\n" +
			"Read more: Earlier truce collapsed\n\nShops reopened in the old market.\n\nSubscribe to our newsletter\nFollow us on Twitter\nTags: ceasefire, truce\n© 2024 Daily Ledger. All rights reserved.\nClick here to comment\n",
		title: "Ceasefire Holds for Third Day", authors: "Nina Berg", paras: 2,
		notInBody: []string{"Advertisement", "Read more", "Subscribe", "Follow us", "Tags:", "©", "Click here", "Share"},
	},
	{
		name:  "title and body only",
		in:    "Parliament Passes Budget\n\nThe parliament approved the budget by a narrow margin on Tuesday.\n",
		title: "Parliament Passes Budget", paras: 1,
	},
	{
		name:  "no title: first sentence becomes the title",
		in:    "Fighting resumed near the airport on Monday. Residents said shelling lasted for hours and several houses were damaged.\n",
		title: "Fighting resumed near the airport on Monday.", paras: 1,
	},
	{
		name:  "no title and a very long first sentence is truncated",
		in:    "Officials from the regional administration, the ministry of the interior and several humanitarian organisations met on Friday in the provincial capital to discuss the return of displaced families, the reconstruction of schools and the clearing of unexploded ordnance from farmland.\n",
		title: "Officials from the regional administration, the ministry of the interior and several humanitarian organisations met on…",
		paras: 1,
	},
	{
		name: "single-newline paragraphs (one per line)",
		in: "Protests Spread to Second City\n" +
			"Thousands marched through the centre of the second city on Saturday, chanting slogans against rising fuel prices and corruption.\n" +
			"Police used tear gas to disperse a crowd outside the governor's office, witnesses said, and at least twenty people were detained.\n" +
			"The interior ministry said the protests had been infiltrated by outside agitators and promised to restore order by Monday.\n",
		title: "Protests Spread to Second City", paras: 3, first: "Thousands marched",
	},
	{
		name: "hard-wrapped paragraphs are joined",
		in: "Dam Inspection Ordered\n\nThe ministry ordered an urgent inspection of the dam after engineers\nreported cracks in its northern wall on Wednesday evening.\n\n" +
			"Villages downstream were told to prepare for a possible evacuation\nwhile the inspection is under way.\n",
		title: "Dam Inspection Ordered", paras: 2, first: "The ministry ordered an urgent inspection of the dam after engineers reported cracks",
	},
	{
		name:  "closing contributed-reporting line is the byline",
		in:    "Storm Kills Three on Coast\n\nA storm killed three people on the coast overnight.\n\nRoads were closed.\n\nJohn Park contributed reporting from the coast.\n",
		title: "Storm Kills Three on Coast", byline: "John Park contributed reporting from the coast.", paras: 2,
	},
	{
		name:  "correspondent byline gives author and outlet",
		in:    "Election Count Delayed\n\nThe count was delayed by a power cut.\n\nResults are expected on Friday.\n\nKarim Aziz is a correspondent for The Desert Herald.\n",
		title: "Election Count Delayed", authors: "Karim Aziz", outlet: "The Desert Herald", paras: 2,
		byline: "Karim Aziz is a correspondent for The Desert Herald.",
	},
	{
		name:  "dash outlet at the end",
		in:    "Ministers Meet on Water Sharing\n\nMinisters of the three countries met to discuss the river.\n\n— Associated Press\n",
		title: "Ministers Meet on Water Sharing", outlet: "Associated Press", paras: 1,
	},
	{
		name:  "published label, weekday and time",
		in:    "Published: Monday, 8 January 2024, 14:35 GMT\nBy Ruth Cole\n\nCourt Frees Detained Journalists\n\nA court ordered the release of four journalists.\n",
		title: "Court Frees Detained Journalists", published: "2024-01-08", authors: "Ruth Cole", paras: 1,
	},
	{
		name:  "CRLF line endings and BOM",
		in:    "\ufeffHospital Reopens\r\n\r\n2024-06-01\r\n\r\nThe hospital reopened its emergency ward.\r\n\r\nDoctors returned from leave.\r\n",
		title: "Hospital Reopens", published: "2024-06-01", paras: 2,
	},
	{
		name:  "body sentence starting with By is not an author",
		in:    "Troops Withdraw From Ridge\n\nBy the end of the week, most troops had left the ridge.\n",
		title: "Troops Withdraw From Ridge", paras: 1, first: "By the end of the week",
	},
	{
		name:  "related list with headlines dropped, body after footer heading kept out",
		in:    "Schools Close Amid Fuel Shortage\n\nSchools closed for a week because buses had no fuel.\n\nRelated:\nFuel prices rise again\nQueues form at stations\n",
		title: "Schools Close Amid Fuel Shortage", paras: 1, notInBody: []string{"Fuel prices rise", "Queues form"},
	},
	{
		name:  "slashed date is day-first",
		in:    "Flooding Closes Highway\n3/4/2024\n\nThe highway was closed after flooding.\n",
		title: "Flooding Closes Highway", published: "2024-04-03", paras: 1,
	},
	{
		name:  "slashed date is month-first when the line gives a US time zone",
		in:    "Flooding Closes Highway\n3/4/2024 10:15 a.m. EST\n\nThe highway was closed after flooding.\n",
		title: "Flooding Closes Highway", published: "2024-03-04", paras: 1,
	},
	{
		name:  "slashed date is month-first when the second number cannot be a month",
		in:    "Flooding Closes Highway\n3/14/2024\n\nThe highway was closed after flooding.\n",
		title: "Flooding Closes Highway", published: "2024-03-14", paras: 1,
	},
	{
		name:  "dotted date is day-first",
		in:    "Flooding Closes Highway\n03.04.2024\n\nThe highway was closed after flooding.\n",
		title: "Flooding Closes Highway", published: "2024-04-03", paras: 1,
	},
	// Closing bylines: the last paragraph (or two) about the author.
	{
		name:  "closing By NAME, OUTLET",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nPassengers crowded the pier.\n\nBy Lena Marsh, Northgate Courant\n",
		title: "Ferry Service Resumes", authors: "Lena Marsh", outlet: "Northgate Courant", byline: "By Lena Marsh, Northgate Courant",
		paras: 2, notInBody: []string{"Lena Marsh"},
	},
	{
		name:  "closing NAME is a OUTLET correspondent in CITY",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nYusuf Demir is a Steppe Bulletin correspondent in Ankara.\n",
		title: "Ferry Service Resumes", authors: "Yusuf Demir", outlet: "Steppe Bulletin",
		byline: "Yusuf Demir is a Steppe Bulletin correspondent in Ankara.", paras: 1,
	},
	{
		name:  "closing NAME is a [desc] correspondent for OUTLET.",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nLena Marsh is a political correspondent for Northgate Courant.\n",
		title: "Ferry Service Resumes", authors: "Lena Marsh", outlet: "Northgate Courant",
		byline: "Lena Marsh is a political correspondent for Northgate Courant.", paras: 1,
	},
	{
		name: "closing By NAME then NAME is a correspondent, in one block",
		in: "Court Rules on Water Rights\n\nThe court ruled for the farmers.\n\nAn appeal is expected.\n\n" +
			"By Ivo Petrov\nIvo Petrov is a legal affairs correspondent for Danube Review.\n",
		title: "Court Rules on Water Rights", authors: "Ivo Petrov", outlet: "Danube Review",
		byline: "By Ivo Petrov\nIvo Petrov is a legal affairs correspondent for Danube Review.", paras: 2,
	},
	{
		name: "closing By NAME then NAME is a correspondent, as two paragraphs, header author",
		in: "Court Rules on Water Rights\nBy Ivo Petrov\n\nThe court ruled for the farmers.\n\nAn appeal is expected.\n\n" +
			"By Ivo Petrov\n\nIvo Petrov is a legal affairs correspondent for Danube Review.\n",
		title: "Court Rules on Water Rights", authors: "Ivo Petrov", outlet: "Danube Review",
		byline: "By Ivo Petrov\nIvo Petrov is a legal affairs correspondent for Danube Review.", paras: 2,
	},
	{
		name:  "closing NAME is OUTLET's CITY correspondent",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nRana Aziz is Cedar Ledger's Tyre correspondent.\n",
		title: "Ferry Service Resumes", authors: "Rana Aziz", outlet: "Cedar Ledger",
		byline: "Rana Aziz is Cedar Ledger's Tyre correspondent.", paras: 1,
	},
	{
		name:  "closing NAME reports for OUTLET, trailing full stop stripped",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nRana Aziz reports for Cedar Ledger.\n",
		title: "Ferry Service Resumes", authors: "Rana Aziz", outlet: "Cedar Ledger", byline: "Rana Aziz reports for Cedar Ledger.", paras: 1,
	},
	{
		name:  "closing NAME writes for a quoted outlet",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nRana Aziz writes for “Cedar Ledger”.\n",
		title: "Ferry Service Resumes", authors: "Rana Aziz", outlet: "Cedar Ledger", byline: "Rana Aziz writes for “Cedar Ledger”.", paras: 1,
	},
	{
		name: "syndication note names the outlet that carries the copy",
		in: "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\n" +
			"Lena Marsh covers transport for Northgate Courant. This report is carried by Cedar Ledger under a syndication agreement.\n",
		title: "Ferry Service Resumes", authors: "Lena Marsh", outlet: "Cedar Ledger", paras: 1,
		byline: "Lena Marsh covers transport for Northgate Courant. This report is carried by Cedar Ledger under a syndication agreement.",
	},
	{
		name:  "a closing sentence about an official is body text",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nAhmed Saleh is a spokesman for the port authority.\n",
		title: "Ferry Service Resumes", paras: 2,
	},
	{
		name:  "a closing sentence starting with By is body text",
		in:    "Ferry Service Resumes\n\nThe ferry resumed sailing on Monday.\n\nBy nightfall, the pier was empty.\n",
		title: "Ferry Service Resumes", paras: 2,
	},
}

func TestParseTextLayouts(t *testing.T) {
	for _, c := range textCases {
		t.Run(c.name, func(t *testing.T) {
			a, err := ParseText([]byte(c.in))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, c.title)
			check("published", a.Published, c.published)
			check("authors", strings.Join(a.Authors, "; "), c.authors)
			check("outlet", a.Outlet, c.outlet)
			check("byline", a.Byline, c.byline)
			if got := len(a.Paragraphs()); got != c.paras {
				t.Errorf("paragraphs = %d, want %d:\n%s", got, c.paras, a.Body)
			}
			if c.first != "" && !strings.HasPrefix(a.Body, c.first) {
				t.Errorf("body starts %.60q, want %q", a.Body, c.first)
			}
			for _, s := range c.notInBody {
				if strings.Contains(a.Body, s) {
					t.Errorf("body contains %q:\n%s", s, a.Body)
				}
			}
			if a.ID == "" {
				t.Error("ID not computed")
			}
		})
	}
}

func TestParseTextRejects(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "empty article: no title and no body",
		"\n\n  \n":              "empty article: no title and no body",
		"Only a headline\n":     "empty article: no body text",
		"Share this\nTags: x\n": "empty article",
		"bad \xff bytes":        "invalid UTF-8 at byte 4",
	} {
		if _, err := ParseText([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseText(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestFindDate(t *testing.T) {
	for in, want := range map[string]string{
		"08.01.2024": "2024-01-08", "2024-01-08": "2024-01-08", "January 8, 2024": "2024-01-08",
		"8 Jan 2024": "2024-01-08", "Jan. 8, 2024": "2024-01-08", "8th of January 2024": "2024-01-08",
		"Sept 30 2023": "2023-09-30", "2024/1/8": "2024-01-08", "13/1/2024": "2024-01-13",
		"31.02.2024": "", "no date here": "", "May 2024": "",
		// Slashes are day-first unless the line is US-style.
		"3/4/2024": "2024-04-03", "1/13/2024": "2024-01-13", "03.04.2024": "2024-04-03",
		"Posted 3/4/2024, updated March 5, 2024": "2024-03-04", "3/4/2024 9:00 EST": "2024-03-04",
		"3/4/2024 9:00 GMT": "2024-04-03",
	} {
		got, _, _ := findDate(in)
		if got != want {
			t.Errorf("findDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"2024-05-04T08:15:00+02:00":       "2024-05-04T08:15:00+02:00",
		"Tue, 07 May 2024 10:00:00 +0000": "2024-05-07T10:00:00Z",
		"2024-05-04":                      "2024-05-04",
		"May 3, 2024":                     "2024-05-03",
	} {
		if got, _ := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}
