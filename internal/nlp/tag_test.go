package nlp

import (
	"strings"
	"testing"
)

// taggedNews are news sentences tagged by hand with Penn Treebank tags,
// written for this test. Tokens are space-separated word_TAG pairs.
var taggedNews = []string{
	"US_NNP airstrikes_NNS killed_VBD nine_CD Iraqi_JJ militiamen_NNS near_IN Baghdad_NNP on_IN Tuesday_NNP ,_, the_DT Pentagon_NNP said_VBD ._.",
	"At_IN least_JJS 12_CD people_NNS were_VBD killed_VBN when_WRB a_DT car_NN bomb_NN exploded_VBD in_IN a_DT crowded_JJ market_NN ._.",
	"The_DT militia_NN attacks_VBZ bases_NNS that_WDT host_VBP American_JJ troops_NNS ._.",
	"Rebels_NNS launched_VBD new_JJ attacks_NNS on_IN government_NN positions_NNS overnight_RB ._.",
	"The_DT strike_NN destroyed_VBD a_DT weapons_NNS depot_NN ,_, according_VBG to_TO local_JJ officials_NNS ._.",
	"Police_NNS arrested_VBD dozens_NNS of_IN protesters_NNS who_WP had_VBD blocked_VBN the_DT main_JJ road_NN ._.",
	"The_DT government_NN has_VBZ condemned_VBN the_DT killing_NN of_IN two_CD journalists_NNS ._.",
	"Gunmen_NNS seized_VBD the_DT town_NN and_CC took_VBD 30_CD hostages_NNS ,_, residents_NNS said_VBD ._.",
	"The_DT minister_NN said_VBD the_DT army_NN will_MD withdraw_VB from_IN the_DT border_NN next_JJ week_NN ._.",
	"Thousands_NNS of_IN families_NNS fled_VBD the_DT fighting_NN in_IN the_DT northern_JJ province_NN ._.",
	"Israel_NNP said_VBD it_PRP struck_VBD targets_NNS in_IN Gaza_NNP after_IN rockets_NNS were_VBD fired_VBN at_IN its_PRP$ cities_NNS ._.",
	"The_DT United_NNP Nations_NNPS called_VBD for_IN an_DT immediate_JJ ceasefire_NN and_CC urged_VBD both_DT sides_NNS to_TO protect_VB civilians_NNS ._.",
	"A_DT suicide_NN bomber_NN attacked_VBD a_DT mosque_NN during_IN Friday_NNP prayers_NNS ,_, wounding_VBG 40_CD worshippers_NNS ._.",
	"Officials_NNS did_VBD not_RB say_VB how_WRB many_JJ soldiers_NNS were_VBD injured_VBN in_IN the_DT ambush_NN ._.",
	"The_DT president_NN is_VBZ expected_VBN to_TO meet_VB the_DT prime_JJ minister_NN on_IN Monday_NNP ._.",
	"Security_NN forces_NNS fired_VBD tear_NN gas_NN at_IN demonstrators_NNS who_WP were_VBD throwing_VBG stones_NNS ._.",
}

func TestTagAccuracy(t *testing.T) {
	total, correct := 0, 0
	for _, line := range taggedNews {
		var words, gold []string
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndexByte(wt, '_')
			words = append(words, wt[:i])
			gold = append(gold, wt[i+1:])
		}
		text := strings.Join(words, " ")
		text = strings.ReplaceAll(text, " ,", ",")
		text = strings.ReplaceAll(text, " .", ".")
		ss := Analyze(text)
		var toks []Token
		for _, s := range ss {
			toks = append(toks, s.Tokens...)
		}
		if len(toks) != len(gold) {
			t.Errorf("%q: %d tokens, want %d", text, len(toks), len(gold))
			continue
		}
		for i, tk := range toks {
			total++
			if tk.Tag == gold[i] {
				correct++
			} else {
				t.Logf("%s: got %s want %s in %q", tk.Text, tk.Tag, gold[i], text)
			}
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("tag accuracy %.3f (%d/%d)", acc, correct, total)
	if acc < 0.90 {
		t.Errorf("tag accuracy %.3f < 0.90", acc)
	}
}

// TestTagMustHaves checks the tags the event coder relies on.
func TestTagMustHaves(t *testing.T) {
	tests := []struct {
		text, word string
		nth        int // which occurrence of word
		want       []string
	}{
		{"Militants killed three soldiers.", "killed", 0, []string{"VBD"}},
		{"The raid, the third in a month, killed at least 30 villagers.", "killed", 0, []string{"VBD"}},
		{"The convoy, a column of trucks, reached the town.", "reached", 0, []string{"VBD"}},
		{"Three soldiers were killed on Monday.", "killed", 0, []string{"VBN"}},
		{"Three soldiers killed in the blast were buried.", "killed", 0, []string{"VBN"}},
		{"The group attacks convoys at night.", "attacks", 0, []string{"VBZ"}},
		{"The attacks killed dozens.", "attacks", 0, []string{"NNS"}},
		{"A drone strike hit the car.", "strike", 0, []string{"NN"}},
		{"The strike killed a commander.", "strike", 0, []string{"NN"}},
		{"They vowed to strike back.", "strike", 0, []string{"VB"}},
		{"Hezbollah’s fighters fired rockets.", "’s", 0, []string{"POS"}},
		{"The army's chief resigned.", "'s", 0, []string{"POS"}},
		{"Officials said the U.S. would respond.", "would", 0, []string{"MD"}},
		{"Police arrested the man who shot him.", "who", 0, []string{"WP"}},
		{"The convoy that was hit carried aid.", "that", 0, []string{"WDT"}},
		{"He said 2,500 troops arrived.", "2,500", 0, []string{"CD"}},
		{"Fighting on November 21-22 killed nine.", "21-22", 0, []string{"CD"}},
		{"Kata'ib Hezbollah claimed the attack.", "Kata'ib", 0, []string{"NNP"}},
		{"Interior ministry spokesman Tariq al-Hamdani said six people died.", "al-Hamdani", 0, []string{"NNP"}},
		{"Shelling hit homes near al-Rawda overnight.", "al-Rawda", 0, []string{"NNP"}},
		{"“We will not leave,” he said.", "“", 0, []string{"``"}},
		{"“We will not leave,” he said.", "”", 0, []string{"''"}},
		{"They don’t negotiate.", "n’t", 0, []string{"RB"}},
		{"Gunmen shot dead two policemen.", "shot", 0, []string{"VBD"}},
		{"The regime jailed dissidents.", "jailed", 0, []string{"VBD"}},
		{"The regime's jailed reporters went on hunger strike.", "jailed", 0, []string{"JJ", "VBN"}},
		{"Governor Tanaka, the head of the regional council, criticized Seoul.", "criticized", 0, []string{"VBD"}},
		{"Tanaka, the council head, accused of fraud, resigned.", "accused", 0, []string{"VBN"}},
		{"Iranian-backed militias struck again.", "struck", 0, []string{"VBD"}},
		{"The two countries normalized relations.", "normalized", 0, []string{"VBD"}},
		{"The journalist is shot and killed by gunmen.", "shot", 0, []string{"VBN"}},
		{"The Kremlin rebuffed calls for a summit.", "calls", 0, []string{"NNS"}},
		{"The Ugandan army withdrew from Goma.", "withdrew", 0, []string{"VBD"}},
		{"Five died in an Allied Democratic Forces attack on a village.", "attack", 0, []string{"NN"}},
		{"The Houthis attack ships in the Red Sea.", "attack", 0, []string{"VBP"}},
		{"Somali pirates increase their demands.", "pirates", 0, []string{"NNS"}},
		{"The ministry said that the military intercepted and destroyed 41 drones over the coast.", "intercepted", 0, []string{"VBD"}},
		{"The wounded and displaced were evacuated.", "wounded", 0, []string{"JJ", "NNS", "VBN"}},
		{"After the talks, the navy withdrew from the strait.", "withdrew", 0, []string{"VBD"}},
		{"The town struck by the storm was evacuated.", "struck", 0, []string{"VBN", "VBD"}},
		{"Armed men attacked the village.", "Armed", 0, []string{"JJ", "VBN"}},
		{"The detained journalists were released on Monday.", "detained", 0, []string{"JJ", "VBN"}},
		{"King Faisal of Iraq received the envoy.", "King", 0, []string{"NNP"}},
		{"Gunmen shot and killed three soldiers.", "shot", 0, []string{"VBD"}},
		{"Australia rules out sending warships to the strait.", "rules", 0, []string{"VBZ"}},
		{"Opposition groups accuse Mnangagwa of rigging the vote.", "groups", 0, []string{"NNS"}},
		{"Militants shot and wounded two policemen in Peshawar.", "shot", 0, []string{"VBD"}},
		{"The shot and the shell landed nearby.", "shot", 0, []string{"NN"}},
		{"Ming loyalists seized the fort.", "Ming", 0, []string{"NNP", "JJ"}},
		{"Chad and FROLINAT/A have agreed to a truce.", "/", 0, []string{"CC", "NNP", "NN", ":"}},
		{"The Zambezi Front and ZLF/A signed a pact.", "/", 0, []string{"CC", "NNP", "NN", ":"}},
	}
	for _, tt := range tests {
		n := 0
		found := false
		for _, s := range Analyze(tt.text) {
			for _, tk := range s.Tokens {
				if tk.Text != tt.word {
					continue
				}
				if n == tt.nth {
					found = true
					ok := false
					for _, w := range tt.want {
						ok = ok || tk.Tag == w
					}
					if !ok {
						t.Errorf("%q: %s tagged %s, want %v", tt.text, tk.Text, tk.Tag, tt.want)
					}
				}
				n++
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.word)
		}
	}
}

func TestTagExported(t *testing.T) {
	text := "Troops withdrew."
	toks := Tokenize(text)
	Tag(text, toks)
	for _, tk := range toks {
		if tk.Tag == "" {
			t.Errorf("%q untagged", tk.Text)
		}
	}
	Tag(text, nil) // must not panic
}

// News summaries in the present: the verb after a name is no plural noun.
func TestHeadlinePresent(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Lukashenko pardons 31 prisoners convicted of treason.", "pardons", "VBZ"},
		{"The leaders of Spain, Chile, Peru, Kenya, the Philippines, and the United Kingdom issue a joint declaration about the channel.", "issue", "VBP"},
		{"Officials want Kenya and Chile to issue a joint statement.", "issue", "VB"},
		{"An AP correspondent reports witnessing masked men setting fire to a market.", "reports", "VBZ"},
		{"The interior ministry denies targeting journalists during the crackdown.", "denies", "VBZ"},
		{"Police reports citing witnesses say soldiers fired on the crowd.", "reports", "NNS"},
		{"The Engineering Society issues a report on the crash.", "issues", "VBZ"},
		{"The talks failed after Kenya Airways flights resumed.", "flights", "NNS"},
		{"Australia and Japan sign agreements on energy.", "sign", "VBP"},
		{"Ukrainian forces the day before had retreated.", "forces", "NNS"},
		{"The EU lifts sanctions on the bank.", "lifts", "VBZ"},
		{"U.S. aircraft strike Iran-backed militias in Iraq.", "strike", "VBP"},
		{"The Israeli military carry out four raids near the harbour after a rocket attack on the airfield.", "carry", "VBP"},
		{"The Israel Defense Forces strike a number of Hezbollah depots in Lebanon, saying the depots broke the truce deal.", "strike", "VBP"},
		{"Nigeria grants asylum to the opposition leader at its embassy.", "grants", "VBZ"},
		{"Officials in Sudan accuse the RSF of killing civilians.", "accuse", "VBP"},
		{"A judge in Argentina orders investigations into the crypto scandal.", "orders", "VBZ"},
		{"Turkey hosts talks between Russia and Ukraine in Istanbul.", "hosts", "VBZ"},
		{"Three ministers of the government belonging to the far-right party resign in protest over the deal.", "resign", "VBP"},
		{"A court in Minsk sentences Ales Kavalenka, who criticized the election, to four years in prison.", "sentences", "VBZ"},
		{"A Moscow court sentences Lev Shlosberg, who criticized the invasion, to three years in prison.", "sentences", "VBZ"},
		{"M23 rebels attack Wazalendo militia positions in Masisi.", "attack", "VBP"},
		{"The Chinese government sanctions former senator Tolentino, barring him from entering.", "sanctions", "VBZ"},
		{"The ministry orders the closure of two schools.", "orders", "VBZ"},
		{"The council lifts the curfew in the north.", "lifts", "VBZ"},
		{"Various reports say the border is closed.", "Various", "JJ"},
		{"Lukashenko orders strikes on the rebel camps.", "orders", "VBZ"},
		{"Lukashenko orders strikes on the rebel camps.", "strikes", "NNS"},
		{"Orban signs decrees restricting protests.", "signs", "VBZ"},
		{"Rebel attacks kill nine villagers.", "attacks", "NNS"},
		{"Exiled opposition leader Mara Vance, the niece of a former king, writes to the army.", "Exiled", "JJ"},
		{"Jailed activist Tomas Brenner ends his hunger strike.", "Jailed", "JJ"},
		{"The governor grants a pardon to activist Ilse Marten.", "activist", "NN"},
		{"The governor grants a pardon to journalist Omar Vell.", "journalist", "NN"},
		{"Poland pledged to assist Ukraine.", "assist", "VB"},
		{"Exiled from the country in 2019, the poet returns home.", "Exiled", "VBN"},
		{"Norway, Chile ink fisheries deal", "ink", "VBP"},
		{"Riot officers deployed pepper spray against students.", "pepper", "NN"},
		{"Gendarmes deployed tear gas against the marchers.", "tear", "NN"},
		{"Brazil and Argentina sign energy pact", "sign", "VBP"},
		{"South Korea, Japan extend currency swap", "extend", "VBP"},
		{"The military deployed armoured vehicles to the river crossing.", "deployed", "VBD"},
		{"The navy towed the damaged ferry to port.", "navy", "NN"},
		{"Officials say the Norvian military carried out a raid on a fishing boat.", "military", "NN"},
		{"Norvian military shelled the ridge overnight.", "military", "NN"},
		{"Farmers try to block the highway and clash with riot police near Osterby.", "clash", "VB"},
		{"Three masked men attempt to enter the depot and open fire on the guards.", "open", "VB"},
		{"The charity pledged to buy wheat and fuel for the camps.", "fuel", "NN"},
		{"The Norvian army clashes with supporters of the jailed governor near Tull.", "clashes", "VBZ"},
		{"Velmark sides with Dorvia in the fishing dispute.", "sides", "VBZ"},
		{"The border clashes with rebels left five dead.", "clashes", "NNS"},
		{"Border clashes with rebels kill five soldiers.", "clashes", "NNS"},
		{"Dorvian gendarmerie arrest nine smugglers in Kessow.", "arrest", "VBP"},
		{"The junta seizes the radio station and recovers two helicopters.", "recovers", "VBZ"},
		{"The president meets farmers and workers the same day.", "workers", "NNS"},
		{"The minister visits schools and hospitals this week.", "hospitals", "NNS"},
		{"The ministry halts sales of rifles to the northern rebels.", "halts", "VBZ"},
		{"The ministry halts sales of rifles to the northern rebels.", "sales", "NNS"},
		{"The regulator bans imports of frozen fish from two ports.", "bans", "VBZ"},
		{"A court sentences journalist Tomas Berko to five years in prison.", "sentences", "VBZ"},
		{"A court sentences journalist Tomas Berko to five years in prison.", "journalist", "NN"},
		{"Chile orders Peruvian diplomat Rosa Quispe to leave after officials there expelled an envoy.", "orders", "VBZ"},
		{"Peru appoints Marta Solis as envoy to Quito, weeks after the rift.", "appoints", "VBZ"},
		{"The army chiefs attend the parade.", "chiefs", "NNS"},
		{"The government of Veskaria pardons and releases 300 prisoners before the holiday.", "pardons", "VBZ"},
		{"Police officers and medics arrive at the scene.", "officers", "NNS"},
		{"The platform briefly withholds access to two news accounts in Peru.", "withholds", "VBZ"},
		{"The national assembly approves the budget.", "approves", "VBZ"},
	} {
		for _, s := range Analyze(c.text) {
			for _, tok := range s.Tokens {
				if tok.Text == c.word && tok.Tag != c.want {
					t.Errorf("%q: %s tagged %s, want %s", c.text, c.word, tok.Tag, c.want)
				}
			}
		}
	}
}
