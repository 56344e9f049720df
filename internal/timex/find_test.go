package timex

import (
	"strings"
	"testing"
	"time"
)

func mustDay(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(dayLayout, s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// A case is one sentence read against ref (2024-01-08, a Monday, when
// empty). text is the span that must be found, with its first and last
// day and precision; an empty text means nothing may be found. flags: F
// future, A ambiguous, U read with USDates, T=hh:mm:ss the Time field,
// ! nothing else may be found in the sentence.
var findCases = []struct {
	in, ref, text, start, end, prec, flags string
}{
	// Absolute dates.
	{"The talks opened on 2023-11-21 in Doha.", "", "2023-11-21", "2023-11-21", "2023-11-21", "day", "!"},
	{"Posted 2024-01-08T10:00:00Z by the desk.", "", "2024-01-08T10:00:00Z", "2024-01-08", "2024-01-08", "time", "T=10:00:00Z"},
	{"The raid on 8 January 2024 killed five.", "", "8 January 2024", "2024-01-08", "2024-01-08", "day", "!"},
	{"The raid on January 8, 2024 killed five.", "", "January 8, 2024", "2024-01-08", "2024-01-08", "day", "!"},
	{"Monday, January 8, 2024", "", "Monday, January 8, 2024", "2024-01-08", "2024-01-08", "day", "!"},
	{"Monday 8 January 2024: shelling resumed.", "", "Monday 8 January 2024", "2024-01-08", "2024-01-08", "day", "!"},
	{"14.02.2023 Author: Lena Varga", "", "14.02.2023", "2023-02-14", "2023-02-14", "day", "!"},
	{"Dated 31.12.2023 in Kyiv.", "", "31.12.2023", "2023-12-31", "2023-12-31", "day", ""},
	{"Issued on 1/8/2024 by the ministry.", "", "1/8/2024", "2024-08-01", "2024-08-01", "day", "AF"},
	{"Issued on 1/8/2024 by the ministry.", "", "1/8/2024", "2024-01-08", "2024-01-08", "day", "U"},
	{"Issued on 25/12/2023 by the ministry.", "", "25/12/2023", "2023-12-25", "2023-12-25", "day", "!"},
	{"Issued on 12/25/2023 by the ministry.", "", "12/25/2023", "2023-12-25", "2023-12-25", "day", "!"},
	{"Issued on 3/3/2023.", "", "3/3/2023", "2023-03-03", "2023-03-03", "day", ""},
	{"The strike on Jan. 8 hit a school.", "", "Jan. 8", "2024-01-08", "2024-01-08", "day", "!"},
	{"Voting closed on Sept. 30 after delays.", "", "Sept. 30", "2023-09-30", "2023-09-30", "day", "!"},
	{"Since Oct 7 the border has been closed.", "", "Since Oct 7", "2023-10-07", "2024-01-08", "day", "!"},
	{"Rebels seized the town on 3rd March 2022.", "", "3rd March 2022", "2022-03-03", "2022-03-03", "day", ""},
	{"Rebels seized the town on the 3rd of March 2022.", "", "3rd of March 2022", "2022-03-03", "2022-03-03", "day", ""},
	{"Rebels seized the town on March 3rd, 2022.", "", "March 3rd, 2022", "2022-03-03", "2022-03-03", "day", ""},
	{"The ceasefire of February 29, 2020 held.", "", "February 29, 2020", "2020-02-29", "2020-02-29", "day", ""},
	{"Fighting on 5 May 2023 and 6 June 2023.", "", "6 June 2023", "2023-06-06", "2023-06-06", "day", ""},
	{"The accord was signed in Oslo on 13 September 1993.", "", "13 September 1993", "1993-09-13", "1993-09-13", "day", ""},

	// Partial dates: the latest occurrence on or before Ref.
	{"Shelling of the port resumed on October 17, officials said.", "", "October 17", "2023-10-17", "2023-10-17", "day", "!"},
	{"Troops withdrew on January 8.", "", "January 8", "2024-01-08", "2024-01-08", "day", ""},
	{"Troops withdrew on January 9.", "", "January 9", "2023-01-09", "2023-01-09", "day", ""},
	{"Troops withdrew on 17 October.", "", "17 October", "2023-10-17", "2023-10-17", "day", ""},
	{"The mission ended on February 29.", "2023-06-01", "February 29", "2020-02-29", "2020-02-29", "day", ""},
	{"They met on the 17th.", "", "the 17th", "2023-12-17", "2023-12-17", "day", "!"},
	{"They met on the 8th.", "", "the 8th", "2024-01-08", "2024-01-08", "day", "!"},
	{"They met on the 31st.", "2024-03-15", "the 31st", "2024-01-31", "2024-01-31", "day", "!"},
	{"It dates from the 17th century.", "", "", "", "", "", ""},
	{"They met on Tuesday.", "", "Tuesday", "2024-01-02", "2024-01-02", "day", "!"},
	{"They met on Monday.", "", "Monday", "2024-01-08", "2024-01-08", "day", ""},
	{"They met on Sunday.", "", "Sunday", "2024-01-07", "2024-01-07", "day", ""},
	{"They met on Saturday.", "2024-01-10", "Saturday", "2024-01-06", "2024-01-06", "day", ""},
	{"Shelling resumed in March.", "", "March", "2023-03-01", "2023-03-31", "month", "!"},
	{"Shelling resumed in January.", "", "January", "2024-01-01", "2024-01-08", "month", ""},
	{"Shelling resumed in December.", "", "December", "2023-12-01", "2023-12-31", "month", ""},
	{"Shelling has continued since May.", "", "since May", "2023-05-01", "2024-01-08", "month", "!"},
	{"The camp has been under siege since October.", "", "since October", "2023-10-01", "2024-01-08", "month", ""},
	{"Tensions rose during August.", "", "August", "2023-08-01", "2023-08-31", "month", ""},

	// Future markers.
	{"The minister will visit on Thursday.", "", "Thursday", "2024-01-11", "2024-01-11", "day", "F!"},
	{"The vote is due to take place on October 17.", "", "October 17", "2024-10-17", "2024-10-17", "day", "F"},
	{"Elections are scheduled for March.", "", "March", "2024-03-01", "2024-03-31", "month", "F"},
	{"The upcoming summit on March 3 will settle it.", "", "March 3", "2024-03-03", "2024-03-03", "day", "F"},
	{"Talks will resume next week.", "", "next week", "2024-01-15", "2024-01-21", "week", "F"},
	{"Talks resume next Monday.", "", "next Monday", "2024-01-15", "2024-01-15", "day", "F"},
	{"The envoy arrives tomorrow.", "", "tomorrow", "2024-01-09", "2024-01-09", "day", "F"},
	{"The army is set to withdraw in March.", "", "March", "2024-03-01", "2024-03-31", "month", "F"},
	{"Parliament plans to vote on Friday.", "", "Friday", "2024-01-12", "2024-01-12", "day", "F"},
	{"He'll fly to Cairo on Wednesday.", "", "Wednesday", "2024-01-10", "2024-01-10", "day", "F"},
	{"The summit is to be held on 12 February.", "", "12 February", "2024-02-12", "2024-02-12", "day", "F"},
	{"Aid deliveries will restart in the coming days.", "", "in the coming days", "2024-01-08", "2024-01-15", "day", "F"},
	{"Talks resume next month.", "", "next month", "2024-02-01", "2024-02-29", "month", "F"},
	{"Talks resume next year.", "", "next year", "2025-01-01", "2025-12-31", "year", "F"},
	{"Talks resume next March.", "", "next March", "2024-03-01", "2024-03-31", "month", "F"},
	{"Talks will end on Monday.", "", "Monday", "2024-01-08", "2024-01-08", "day", ""},
	{"He said on Thursday that talks will resume.", "", "Thursday", "2024-01-04", "2024-01-04", "day", ""},
	{"It showed the political will of the Thursday meeting.", "", "Thursday", "2024-01-04", "2024-01-04", "day", ""},

	// Ranges.
	{"On November 21-22, two waves of drones hit the depot.", "", "November 21-22", "2023-11-21", "2023-11-22", "day", "!"},
	{"On 21-22 November, a series of US airstrikes hit.", "", "21-22 November", "2023-11-21", "2023-11-22", "day", "!"},
	{"Clashes on November 21–22 left 12 dead.", "", "November 21–22", "2023-11-21", "2023-11-22", "day", ""},
	{"Fighting raged November 21 to 23.", "", "November 21 to 23", "2023-11-21", "2023-11-23", "day", "!"},
	{"Fighting raged from 10 to 12 May.", "", "from 10 to 12 May", "2023-05-10", "2023-05-12", "day", "!"},
	{"Fighting raged between 10 and 12 May 2022.", "", "between 10 and 12 May 2022", "2022-05-10", "2022-05-12", "day", "!"},
	{"Fighting raged 10-12 May 2023 near Bakhmut.", "", "10-12 May 2023", "2023-05-10", "2023-05-12", "day", "!"},
	{"Protests continued between March and May 2023.", "", "between March and May 2023", "2023-03-01", "2023-05-31", "month", "!"},
	{"Protests continued from March to May.", "", "from March to May", "2023-03-01", "2023-05-31", "month", "!"},
	{"Protests continued from November to January.", "", "from November to January", "2023-11-01", "2024-01-08", "month", "!"},
	{"The offensive ran from 30 November to 2 December 2023.", "", "from 30 November to 2 December 2023", "2023-11-30", "2023-12-02", "day", "!"},
	{"The offensive ran November 30 to December 2.", "", "November 30 to December 2", "2023-11-30", "2023-12-02", "day", "!"},
	{"The war lasted from 2019 to 2021.", "", "from 2019 to 2021", "2019-01-01", "2021-12-31", "year", "!"},
	{"The war lasted between 2019 and 2021.", "", "between 2019 and 2021", "2019-01-01", "2021-12-31", "year", "!"},
	{"The 2019-2020 protests toppled him.", "", "2019-2020", "2019-01-01", "2020-12-31", "year", "!"},
	{"The 2019–20 season was cancelled.", "", "2019–20", "2019-01-01", "2020-12-31", "year", "!"},
	{"Heavy rain fell in late November.", "", "late November", "2023-11-21", "2023-11-30", "month", "!"},
	{"Heavy rain fell in early November.", "", "early November", "2023-11-01", "2023-11-10", "month", ""},
	{"The offensive began in early 2023.", "", "early 2023", "2023-01-01", "2023-04-30", "year", "!"},
	{"The offensive began in mid-2023.", "", "mid-2023", "2023-05-01", "2023-08-31", "year", ""},
	{"The offensive began in late 2022.", "", "late 2022", "2022-09-01", "2022-12-31", "year", ""},
	{"Talks stalled in mid-December.", "", "mid-December", "2023-12-11", "2023-12-20", "month", "!"},
	{"Talks stalled in late November 2022.", "", "late November 2022", "2022-11-21", "2022-11-30", "month", ""},
	{"Talks stalled late last year.", "", "late last year", "2023-09-01", "2023-12-31", "year", ""},
	{"Talks stalled at the end of last year.", "", "the end of last year", "2023-09-01", "2023-12-31", "year", ""},
	{"Talks stalled at the end of March.", "", "the end of March", "2023-03-21", "2023-03-31", "month", ""},
	{"Talks stalled in late January.", "2024-01-25", "late January", "2024-01-21", "2024-01-25", "month", ""},
	{"Talks stalled in late January.", "2024-01-15", "late January", "2023-01-21", "2023-01-31", "month", ""},

	// Relative to Ref.
	{"The ministry said today that 40 died.", "", "today", "2024-01-08", "2024-01-08", "day", "!"},
	{"Rockets hit the base yesterday.", "", "yesterday", "2024-01-07", "2024-01-07", "day", "!"},
	{"Rockets hit the base yesterday morning.", "", "yesterday morning", "2024-01-07", "2024-01-07", "day", ""},
	{"Rockets hit the base last night.", "", "last night", "2024-01-07", "2024-01-07", "day", "!"},
	{"Rockets hit the base overnight.", "", "overnight", "2024-01-07", "2024-01-08", "day", "!"},
	{"Rockets hit the base tonight.", "", "tonight", "2024-01-08", "2024-01-08", "day", ""},
	{"Rockets hit the base on Monday.", "2024-01-10", "Monday", "2024-01-08", "2024-01-08", "day", "!"},
	{"Rockets hit the base last Tuesday.", "", "last Tuesday", "2024-01-02", "2024-01-02", "day", "!"},
	{"Rockets hit the base last Monday.", "", "last Monday", "2024-01-01", "2024-01-01", "day", ""},
	{"Rockets hit the base this Friday.", "", "this Friday", "2024-01-05", "2024-01-05", "day", ""},
	{"Rockets hit the base late on Friday.", "", "late on Friday", "2024-01-05", "2024-01-05", "day", "!"},
	{"Rockets hit the base on Friday night.", "", "Friday night", "2024-01-05", "2024-01-05", "day", ""},
	{"Rockets hit the base this morning.", "", "this morning", "2024-01-08", "2024-01-08", "day", ""},
	{"Rockets hit the base last week.", "", "last week", "2024-01-01", "2024-01-07", "week", "!"},
	{"Rockets hit the base last week.", "2024-01-10", "last week", "2024-01-01", "2024-01-07", "week", ""},
	{"Rockets hit the base this week.", "2024-01-10", "this week", "2024-01-08", "2024-01-10", "week", ""},
	{"Rockets hit the base last month.", "", "last month", "2023-12-01", "2023-12-31", "month", "!"},
	{"Rockets hit the base last month.", "2024-03-31", "last month", "2024-02-01", "2024-02-29", "month", ""},
	{"Rockets hit the base last year.", "", "last year", "2023-01-01", "2023-12-31", "year", "!"},
	{"Rockets hit the base last weekend.", "", "last weekend", "2024-01-06", "2024-01-07", "day", ""},
	{"Rockets hit the base two days ago.", "", "two days ago", "2024-01-06", "2024-01-06", "day", "!"},
	{"Rockets hit the base 3 days ago.", "", "3 days ago", "2024-01-05", "2024-01-05", "day", ""},
	{"Rockets hit the base three weeks ago.", "", "three weeks ago", "2023-12-15", "2023-12-21", "week", "!"},
	{"Rockets hit the base a month ago.", "", "a month ago", "2023-12-01", "2023-12-31", "month", ""},
	{"Rockets hit the base two years ago.", "", "two years ago", "2022-01-01", "2022-12-31", "year", ""},
	{"Rockets hit the base a few hours ago.", "", "a few hours ago", "2024-01-08", "2024-01-08", "day", ""},
	{"Rockets hit the base twenty-four hours ago.", "", "twenty-four hours ago", "2024-01-07", "2024-01-07", "day", ""},
	{"Rockets hit the base earlier this month.", "2024-01-20", "earlier this month", "2024-01-01", "2024-01-20", "month", "!"},
	{"Rockets hit the base earlier this week.", "2024-01-11", "earlier this week", "2024-01-08", "2024-01-11", "week", "!"},
	{"Rockets hit the base earlier this year.", "", "earlier this year", "2024-01-01", "2024-01-08", "year", ""},
	{"Rockets hit the base earlier today.", "", "earlier today", "2024-01-08", "2024-01-08", "day", ""},
	{"More than 300 rockets hit bases this year.", "2024-05-02", "this year", "2024-01-01", "2024-05-02", "year", "!"},
	{"Rockets hit the base this month.", "2024-05-02", "this month", "2024-05-01", "2024-05-02", "month", ""},
	{"There were 100 attacks over the past two months.", "", "over the past two months", "2023-11-08", "2024-01-08", "month", "!"},
	{"Five died in the past 24 hours.", "", "in the past 24 hours", "2024-01-07", "2024-01-08", "day", "!"},
	{"Five died in the last 48 hours.", "", "in the last 48 hours", "2024-01-06", "2024-01-08", "day", ""},
	{"Five died the past week.", "", "the past week", "2024-01-01", "2024-01-08", "week", "!"},
	{"Five died during the past year.", "", "during the past year", "2023-01-08", "2024-01-08", "year", ""},
	{"Five died over the last three days.", "", "over the last three days", "2024-01-05", "2024-01-08", "day", ""},
	{"Five died in recent days.", "", "in recent days", "2024-01-01", "2024-01-08", "day", ""},
	{"Five died in the past few weeks.", "", "in the past few weeks", "2023-12-18", "2024-01-08", "week", ""},
	{"The siege has lasted since October 7.", "", "since October 7", "2023-10-07", "2024-01-08", "day", "!"},
	{"Prices rose 40% since the start of the year.", "2024-05-02", "since the start of the year", "2024-01-01", "2024-05-02", "year", "!"},
	{"Prices rose since the beginning of the month.", "2024-05-12", "since the beginning of the month", "2024-05-01", "2024-05-12", "month", ""},
	{"The group has held the town since 2014.", "", "since 2014", "2014-01-01", "2024-01-08", "year", "!"},
	{"Nobody has crossed since Monday.", "2024-01-10", "since Monday", "2024-01-08", "2024-01-10", "day", ""},
	{"Nobody has crossed since last week.", "", "since last week", "2024-01-01", "2024-01-08", "week", ""},

	// Years, decades, months with years, seasons.
	{"The brazen US aggression in 2003 poisoned Iraq.", "", "2003", "2003-01-01", "2003-12-31", "year", "!"},
	{"The 1973 building was home to 1,000 people.", "", "1973", "1973-01-01", "1973-12-31", "year", "!"},
	{"The war ended 2019.", "", "2019", "2019-01-01", "2019-12-31", "year", ""},
	{"Sanctions date from the 1990s.", "", "1990s", "1990-01-01", "1999-12-31", "decade", "!"},
	{"Sanctions date from the early 1990s.", "", "early 1990s", "1990-01-01", "1993-12-31", "decade", ""},
	{"Sanctions date from the '90s.", "", "90s", "1990-01-01", "1999-12-31", "decade", ""},
	{"Riots broke out in March 2023.", "", "March 2023", "2023-03-01", "2023-03-31", "month", "!"},
	{"Riots broke out in May 2021.", "", "May 2021", "2021-05-01", "2021-05-31", "month", "!"},
	{"Riots broke out in the summer of 2022.", "", "summer of 2022", "2022-06-01", "2022-08-31", "month", "!"},
	{"Riots broke out last summer.", "", "last summer", "2023-06-01", "2023-08-31", "month", ""},
	{"Riots broke out in spring 2021.", "", "spring 2021", "2021-03-01", "2021-05-31", "month", ""},
	{"Riots broke out in winter 2022.", "", "winter 2022", "2022-12-01", "2023-02-28", "month", "A"},

	// Times of day.
	{"The blast came at 3 p.m. local time on Monday.", "", "3 p.m. local time", "2024-01-08", "2024-01-08", "time", "T=15:00:00"},
	{"The blast came on Friday at 10:30 GMT.", "", "10:30 GMT", "2024-01-05", "2024-01-05", "time", "T=10:30:00Z"},
	{"The curfew starts at 0800 GMT.", "", "0800 GMT", "2024-01-08", "2024-01-08", "time", "T=08:00:00Z"},
	{"The blast came yesterday at 6pm.", "", "6pm", "2024-01-07", "2024-01-07", "time", "T=18:00:00"},
	{"The blast came at 9:15 a.m. EST.", "", "9:15 a.m. EST", "2024-01-08", "2024-01-08", "time", "T=09:15:00-05:00"},
	{"The blast came at 22:40.", "", "22:40", "2024-01-08", "2024-01-08", "time", ""},
	{"The blast came on Friday at 10:30 GMT.", "", "Friday", "2024-01-05", "2024-01-05", "day", "T=10:30:00Z"},

	// Not dates.
	{"The US keeps 2,500 troops in Iraq.", "", "", "", "", "", ""},
	{"Israel bombed a hospital, killing more than 300 Palestinians.", "", "", "", "", "", ""},
	{"A series of airstrikes killed nine Iraqi militiamen.", "", "", "", "", "", ""},
	{"UN Security Council Resolution 2334 condemned settlements.", "", "", "", "", "", ""},
	{"Convoys use Route 1 and Route 2003 south of the city.", "", "", "", "", "", ""},
	{"Call +1 202-555-0143 or 0800 123 4567 for help.", "", "", "", "", "", ""},
	{"Leaders of both factions may decide to withdraw.", "", "", "", "", "", ""},
	{"May God protect them, he said.", "", "", "", "", "", ""},
	{"Thousands joined a march on the capital.", "", "", "", "", "", ""},
	{"March organisers said 5,000 people came.", "", "", "", "", "", ""},
	{"Some 2000 soldiers crossed the river.", "", "", "", "", "", ""},
	{"The vote passed 21-22 in the assembly.", "", "", "", "", "", ""},
	{"Flight 2019 landed safely.", "", "", "", "", "", ""},
	{"The score was 3-1 after 90 minutes.", "", "", "", "", "", ""},
	{"Version 1.2.3 fixes the bug.", "", "", "", "", "", ""},
	{"It was the political will of the people that mattered.", "", "", "", "", "", ""},
	{"The August assembly convened.", "", "", "", "", "", ""},
	{"In October 40 people died.", "", "October", "2023-10-01", "2023-10-31", "month", "!"},
	{"Officials said the next day that nothing changed.", "", "", "", "", "", ""},
	{"An overnight curfew was imposed.", "", "", "", "", "", ""},
	{"Read John 3:16 aloud.", "", "", "", "", "", ""},
	{"He paid $1999 for the phone.", "", "", "", "", "", ""},
	{"The A320 and F16 jets flew past.", "", "", "", "", "", ""},
	{"The fall of Kabul shocked everyone.", "", "", "", "", "", ""},
	{"Jan Kowalski and Mar Roxas spoke.", "", "", "", "", "", ""},
	{"The story ran in USA Today and Kamloops This Week.", "", "", "", "", "", ""},
	{"Elections are held on a Tuesday in November.", "", "November", "2023-11-01", "2023-11-30", "month", "!"},
	{"Officials said the next month that nothing changed.", "", "", "", "", "", ""},
	{"The quake struck at 4:53 a.m. local time (2053 GMT).", "", "4:53 a.m. local time", "2024-01-08", "2024-01-08", "time", "T=04:53:00"},
	{"The quake struck at 4:53 a.m. local time (2053 GMT).", "", "2053 GMT", "2024-01-08", "2024-01-08", "time", "T=20:53:00Z"},
	{"The quake struck (2053 Wednesday night).", "", "Wednesday night", "2024-01-03", "2024-01-03", "day", "!"},
	{"\"We will not stop,\" the commander said on Tuesday.", "", "Tuesday", "2024-01-02", "2024-01-02", "day", "!"},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		ref := "2024-01-08"
		if c.ref != "" {
			ref = c.ref
		}
		opt := Options{Ref: mustDay(t, ref), Anchor: "published", USDates: strings.Contains(c.flags, "U")}
		got := Find(c.in, opt)
		if c.text == "" {
			if len(got) != 0 {
				t.Errorf("Find(%q): want nothing, got %+v", c.in, got)
			}
			continue
		}
		var d *Date
		for i := range got {
			if got[i].Text == c.text {
				d = &got[i]
				break
			}
		}
		if d == nil {
			t.Errorf("Find(%q, ref %s): %q not found in %+v", c.in, ref, c.text, got)
			continue
		}
		if c.in[d.Offset:d.EndOffset] != d.Text {
			t.Errorf("Find(%q): offsets %d:%d do not hold %q", c.in, d.Offset, d.EndOffset, d.Text)
		}
		if d.Start != c.start || d.End != c.end || d.Precision != c.prec {
			t.Errorf("Find(%q, ref %s) %q = %s..%s %s, want %s..%s %s", c.in, ref, c.text, d.Start, d.End, d.Precision, c.start, c.end, c.prec)
		}
		if want := strings.Contains(c.flags, "F"); d.Future != want {
			t.Errorf("Find(%q) %q: Future = %v, want %v", c.in, c.text, d.Future, want)
		}
		if want := strings.Contains(c.flags, "A"); d.Ambiguous != want {
			t.Errorf("Find(%q) %q: Ambiguous = %v, want %v", c.in, c.text, d.Ambiguous, want)
		}
		if i := strings.Index(c.flags, "T="); i >= 0 && d.Time != c.flags[i+2:] {
			t.Errorf("Find(%q) %q: Time = %q, want %q", c.in, c.text, d.Time, c.flags[i+2:])
		}
		if strings.Contains(c.flags, "!") && len(got) != 1 {
			t.Errorf("Find(%q): want only %q, got %+v", c.in, c.text, got)
		}
		if d.Anchor != "published" {
			t.Errorf("Find(%q): Anchor = %q", c.in, d.Anchor)
		}
	}
}

func TestFindCaseCount(t *testing.T) {
	if len(findCases) < 120 {
		t.Errorf("only %d table cases", len(findCases))
	}
}

func TestFindOrderAndZeroRef(t *testing.T) {
	text := "On 8 January 2024 and then yesterday, and in 2003, and on Tuesday."
	got := Find(text, Options{})
	var texts []string
	for _, d := range got {
		texts = append(texts, d.Text)
	}
	if strings.Join(texts, "|") != "8 January 2024|2003" {
		t.Errorf("zero Ref: got %q, want only the absolute dates", texts)
	}
	got = Find(text, Options{Ref: mustDay(t, "2024-01-10")})
	for i := 1; i < len(got); i++ {
		if got[i].Offset < got[i-1].EndOffset {
			t.Errorf("out of order or overlapping: %+v", got)
		}
	}
	if len(got) != 4 {
		t.Errorf("got %d dates, want 4: %+v", len(got), got)
	}
}

func TestParsePublished(t *testing.T) {
	for _, c := range []struct {
		in, want, prec string
	}{
		{"08.01.2024", "2024-01-08T00:00:00Z", "day"},
		{"2024-01-08", "2024-01-08T00:00:00Z", "day"},
		{"2024-01-08T10:00:00Z", "2024-01-08T10:00:00Z", "time"},
		{"2024-01-08T10:00:00+03:00", "2024-01-08T10:00:00+03:00", "time"},
		{"2024-01-08 10:00:00", "2024-01-08T10:00:00Z", "time"},
		{"January 8, 2024", "2024-01-08T00:00:00Z", "day"},
		{"Jan. 8, 2024", "2024-01-08T00:00:00Z", "day"},
		{"8 Jan 2024", "2024-01-08T00:00:00Z", "day"},
		{"Monday, January 8, 2024", "2024-01-08T00:00:00Z", "day"},
		{"Mon, 08 Jan 2024 10:00:00 GMT", "2024-01-08T10:00:00Z", "time"},
		{"Mon, 08 Jan 2024 10:00:00 +0300", "2024-01-08T10:00:00+03:00", "time"},
		{"Published: 8 January 2024, 10:30 GMT", "2024-01-08T10:30:00Z", "time"},
		{"14.02.2023 Author: Lena Varga", "2023-02-14T00:00:00Z", "day"},
		{"January 2024", "2024-01-01T00:00:00Z", "month"},
		{"2024", "2024-01-01T00:00:00Z", "year"},
		{"8 janvier 2024", "2024-01-08T00:00:00Z", "day"},
		{"8 de enero de 2024", "2024-01-08T00:00:00Z", "day"},
		{"8 января 2024 г.", "2024-01-08T00:00:00Z", "day"},
		{"٨ يناير ٢٠٢٤", "2024-01-08T00:00:00Z", "day"},
		{"8 كانون الثاني 2024", "2024-01-08T00:00:00Z", "day"},
		{"17. März 2023", "2023-03-17T00:00:00Z", "day"},
		{"5 février 2023", "2023-02-05T00:00:00Z", "day"},
	} {
		got, prec, ok := ParsePublished(c.in)
		if !ok || got.Format(time.RFC3339) != c.want || prec != c.prec {
			t.Errorf("ParsePublished(%q) = %s, %q, %v; want %s, %q", c.in, got.Format(time.RFC3339), prec, ok, c.want, c.prec)
		}
	}
	for _, in := range []string{"", "yesterday", "Resolution 2334", "hello world", "32.01.2024", "2,500 troops", "last week", "99/99/9999"} {
		if got, _, ok := ParsePublished(in); ok {
			t.Errorf("ParsePublished(%q) = %v, want not ok", in, got)
		}
	}
}
