"""The figure finder's version, apart from it: the enrichment cache's key reads it
(``reader.enrich.enrichment_key``) in the ingest's main process, which otherwise never needs
the figure finder (importing ``reader.figures`` costs about 0.2 s of CPU). ``reader.figures``
hands it on as ``reader.figures.FIGURES_VERSION``. Bump it whenever the figures change.
"""

# 395: session 72: a capitalised name before "and" is no conjunct of a measure ("410 people in
#      Galway and reported revenue": not "galway and reported revenue"; coordinated.py)
# 394: session 72: a share that restates a sum or is its clause's measure is named with that
#      measure ("Marketing spend rose to ₹71.5 crore, or about 25 per cent of revenue";
#      restated_share.py)
# 393: session 72: a share's part named by the relative clause it hangs on ("Diesel, which
#      makes up 34% of costs") or by what it brings in or receives ("Oil brings in 90% of
#      export earnings"; around.share_by_part)
# 392: session 72: the pa'anga's "T$" (Tonga) and the vatu's "VT$"
# 391: session 72: the vatu's "VT" before a sum where Vanuatu is named (country_letters,
#      patterns)
# 390: session 72: "the company" / "the management" after a union's sentence is the story's
#      firm, not the union (coreference.ref_target)
# 389: session 72: a correction's retracted claim ("An earlier version of this story said ...
#      200 jobs") gives no figure (corrections.py)
# 388: session 72: the rise a union seeks or demands in talk about pay is the pay rise sought or
#      demanded (pay_rises._claimed)
# 387: session 72: a sum drawn from a borrowing is that borrowing drawn (debt_of); a time
#      compared with after a figure is no measure ("up 8% on the previous harvest"; context);
#      a bare percentage offered in talk about pay is the pay rise offered (pay_rises)
# 386: session 72: a bare count after a plural noun of its own ("taking its North American
#      seats to 2.4 million") does not take the count before it's noun (bare_numbers)
# 385: session 72: a move by an average ("raise fares by an average of 7.5%") is a change
#      (change._BY); a body that ruled on a described firm ("The Employment Relations
#      Authority said ...") is not that firm (main_firm._described_firm)
# 384: session 71: works a subject will carry out are planned ("The work will replace 220
#      metres of decking", "will install 1,200 meters"; planned.py), not forecast
# 383: session 71: a verb done to counted things takes them behind more quantity words ("had
#      sold fewer than 40,000 units", "sold all 486 units", "a cumulative 14.92 million hogs":
#      units sold; count_metric._DONE_TO); metric weights refitted on the eval's reading of a
#      cut as a fall
# 382: session 71: a percentage level of a measure read as a rate names it so ("Youth
#      unemployment fell to 21.4%": youth unemployment rate; "a royalty of 22%": royalty rate;
#      not a change of the measure; rate_names.py)
# 381: session 71: an unnamed body's description ends where its relative clause opens ("A
#      Krakow start-up that sells payroll software has raised ...": owner Krakow start-up, had
#      been "Krakow"; whose.py)
# 380: session 71: a firm worth a sum is its market value over a story-wide default ("leaving
#      the company worth about 610 million zlotys" in a games studio's story had been box
#      office; worth.py), and a sentence's hyphenated capital says which measure ("Full-year
#      revenue is expected", "Plug-in hybrid sales"; premodified.py); the bare box office
#      says which, from the figure's own stretch of the sentence ("$412 million worldwide":
#      worldwide box office; "in its second weekend to", "its domestic total to", "opened
#      with"; box_office.py)
# 379: session 71: a result's vocabulary phrase as written takes its modifiers whatever links
#      it to the figure ("a 12.4% fall in quarterly net profit to RM88.1m": quarterly net
#      profit, had been net income), and a one-word period before it names which result
#      ("full-year sales", "third-quarter revenue"; premodified.py); a later bare margin keeps
#      its period ("full-year operating margin", margins.py); a sum no rule named that is the
#      worth of a thing is its value ("hopper cars value", "invoices financed", a firm's
#      "market value"; worth.py); metric weights refitted with attrib_a126
# 378: session 70: a sentence opening on an unnamed body in a place, in a story naming no firm,
#      gives the body as described for owner ("A Dunedin bakery chain has gone into
#      receivership owing ...": Dunedin bakery chain, had been "Dunedin"; whose.py)
# 377: session 70: a change written as a noun in a modified measure measures it ("a 9% rise in
#      the minimum wage": minimum wage, had been the clause's "flour price"; "10% growth in
#      customer management revenue"; measured.changed_in)
# 376: session 70: a count's verb across a clause break names nothing ("welcomed the order but
#      said 300 workshop jobs": no orders; count_metric.py); a sum owed is debt ("owing about
#      NZ$4.2 million to creditors"; vocabulary.py); "ageing" things are not the new ones
#      (head_kin.py)
# 375: session 70: a sum before a thing built is its cost ("the £23 million building": building
#      cost, "a £40m stadium": stadium cost) and before an agreement its value ("a $265m
#      contract": contract value; modified.py)
# 374: session 70: a participle of change after a main clause moves that clause's subject
#      ("International fares went the other way, rising 7%": international fares, had been
#      "other way"; "Freight volumes held up better, falling 2%": freight volumes; heads.py)
# 373: session 70: a level a relative clause says was reached is actual whatever the sentence
#      plans ("will open two theatres as it tries to cut a waiting list that has grown to
#      48,200"; status.RELATIVE_PAST), the clause's antecedent is what moved (np_metric.py), and
#      a noun's "-ing" word after a determiner names a measure ("its manufacturing index
#      dropped to 61.2")
# 372: session 70: a percentage move takes the name its level was given ("sold 3.2 million
#      tickets ..., 9% more than a year earlier": tickets sold, not the class "units sold"), when
#      it names no measure of its own (level_moves.py)
# 371: session 70: a count after "put", "set", "let" or "leave" is measured by its noun alone
#      ("could put about 90 more officers on foot patrol" had been "officers putted"), and more
#      irregular participles ("spent", "dealt", "begun", ...; verbed.py)
# 370: session 70: "from" after a verb of where something comes from is no base ("what we raised
#      last year came from 260 members"; bases.py), and a hedged quantity is no owner ("Almost
#      41 percent of what we" had been one; noun_phrase.py)
# 369: session 70: metric weights refitted on the eval's reading of a label's joining words
#      ("revenue from operations" is operations revenue): "from 798m euro a year ago" after
#      Heineken's net income is its net income; "300 dots per inch" is no "printed out",
#      "538,000 square feet" no "square meters"
# 368: session 70: a bare measure takes the one kind of it the story named before, for the same
#      owner ("smartphone shipments fell 6% ... Shipments had risen 2%": smartphone shipments;
#      not a unit's revenue or profit, nor a part, sum, rate per period or goal: "new stores",
#      "total debt", "monthly salary"; head_kin.py)
# 367: session 69: a percentage left without a measure, more or less of a noun, measures it, with
#      the verb before it ("had stocked 14% more fish than its licence allowed": fish stocked;
#      "sold 2.1% more cars": cars sold; more_of.py)
# 366: session 69: a rise people get, receive or are given or offered, with nothing it is in
#      ("About 640 staff will get a 6% rise backdated to April"), is a pay rise (had been
#      "employees" or none; pay_rises.py)
# 365: session 69: a percentage in a noun phrase of its own ("a 10% rise", after its determiner)
#      moves the way its noun says, whatever the clause's verb ("Profit fell after a 10% rise
#      in costs": +10%, had been -10%; change._DETERMINED)
# 364: session 69: a change written as a noun measures what it is "in" when no measure word is
#      there, not the clause's other measure ("Revenue rose to £612m, driven by a 22% jump in
#      commercial income"; not a change in a period: "a 0.1% contraction in the final three
#      months"; parse._governing)
# 363: session 69: a share's "of" phrase names what it measures when the metric found is named
#      only in a later clause ("keep 40% of its output uncontracted to benefit from spot
#      prices": share of output, not spot price; qualify._named_later)
# 362: session 68: members deciding for a body not named give the figure to whom the rules
#      before gave it (the previous sentence's body: "Kestrel Council met ... Councillors
#      approved a £210m budget"), as before 361, which had dropped it
# 361: session 68: members deciding for a body the sentence does not name own nothing
#      themselves ("Councillors have approved a £38m plan": the story's body's, else none)
# 360: session 68: a percentage "of them" with no measure is a share of the count before it
#      ("2,300 responses, 61% of them in favour": share of responses)
# 359: session 68: a level set beside its noun phrase measures it ("nurse vacancies, now at
#      1,240"), and such a figure takes no measure from the sentence before
# 358: session 68: what a craft can carry is its capacity ("The new bus can carry 90
#      passengers", "ferries, ..., each able to carry 1,100"); a level "flat/steady at" a sum
#      names its measure ("Average fares were flat at $38")
# 357: session 68: 356 taken back (a sum per week, month, day or hour already said so,
#      per_unit.py, and a year's sum or a price's span is left alone by design); a priced
#      thing's verb leaves a metric that names the thing ("single ticket price"); a sum
#      added "a year to the local economy" stays economic impact; "rose from $4m to $5m"
#      moved; the old range after a new one is a base ("to NZ$8.70 to NZ$9.30, from NZ$8.40
#      to NZ$9.00")
# 356: session 68: a sum written per a stretch of time says so in its metric ("₾41,600 a
#      month": monthly electricity bill; "€2.2 million a year": annual salary; rated_sums.py)
# 355: session 68: the metric weights refitted (``python -m reader.eval.reproduce metric``
#      had stopped rebuilding them byte for byte after session 67's rules); one development
#      figure's learned metric lost (a87), held out the same, 3 BBC figures' metrics moved
# 354: session 68: a rival a game is against or a street after "on", in the phrase of a
#      clause's common-noun subject, owns nothing ("Tickets for the home game against Rovers",
#      "The stadium on Quay Road holds 42,000")
# 353: session 68: a priced thing's costing verb gives its price ("Tickets for the game cost
#      £35": ticket price, not "game cost"; priced.py); a venue's or craft's holding verb
#      gives its capacity ("The stadium holds 42,000"; capacity.py)
# 352: session 68: a figure in a participle phrase hung on a forecast (", helped by savings of
#      NZ$25 million") is foreseen with it
# 351: session 68: a count of "ones" counts the noun of the count before it ("opened 9 new
#      ones" after "220 bakeries": 9 new bakeries)
# 350: session 68: a loss narrowed or a deficit widened to a level moved; an exchange named in
#      lower case gives its dollar; a lower-case headline's subject stops before its "to"
# 349: session 68: "edged up to 4.6%", "went up to £3" are moves to a level, no "up to" bound;
#      a second clause with its own subject and verb ("... and unemployment had edged up")
#      keeps its measure from the figure before it; "add about £4 a year to a typical
#      household energy bill" names the bill
# 348: session 68: a level reached by a multiple moved ("tripled to $22 million", "halved to
#      $2m"), and so did one whose "up from"/"down from" follows its period ("a loss of
#      £22.4m for the year to May, up from £18.1m")
# 347: session 68: a bare "$" in a sentence naming a dollar country's exchange is that
#      country's dollar ("shares fell 12% to $1.04 on the NZX", beside "NZ$41 million")
# 346: session 68: members deciding for the place they sit in own nothing themselves
#      ("Councillors in Harbour City have approved a £38m plan": Harbour City's)
# 345: session 68: a verb of moving in a clause before the percentage's own ("$864, up from
#      $781, as 62% of holders ...") does not move it
# 344: session 68: a measure the vocabulary lacks is read from its phrase when a level is put
#      at the figure or is to reach it ("Total giving was estimated at £15.1bn", "the site is
#      valued at £4m", "cotton exports are forecast to total $2bn")
# 343: session 68: a firm whose name ends in a plural ("Acme Motors", "Tasman Ferries said")
#      owns a figure its closing reporting clause names (people do not: "Labour MPs said");
#      a route or site after "the"/"its" is the story's firm's or the speaker's ("Fares on
#      the Picton crossing ..., Tasman Ferries said"); "up to"/"at most"/"at least" are "≤"/"≥";
#      whole cents show as "$0.30", not "$0.3"
# 342: session 67: a range's far end after "by"/"between" moves as its near end ("cut rents by
#      between 25% and 50%", "rise by 20% to 30%"); "7.2% fewer than", "7% below last
#      season" and a verb's -ing form ("dipping 19%") are moves; "by up to $9bn" takes no
#      direction from its own "up"
# 341: session 67: a percentage after a moved level and a comma ("climbed to £92m, or 78% of
#      revenue") and an old level after a comma ("fell to 4.61%, from 5.12%") are no moves; a
#      phrase's measure never ends on its move verb ("mortgage rate", not "mortgage rate fell")
# 340: session 67: a sum after a comma and "up"/"down" ("will pay ₱342, up ₱26") or before
#      "more"/"less" ("will pay about £86 a year more"; not "25p more expensive") is the move
# 339: session 67: an amount a verb adds to a measure or takes off it is the move ("would add
#      about £45m to its costs", "wiping £52m off its value", "knocked 0.2% off the growth
#      rate"); a count after a comma and "up"/"down" ("public administration, up 9,200")
# 338: session 67: "the bank" that the rules gave the story's firm is an "X Bank" its own
#      sentence names before it ("Kauri Bank chief economist ... said the bank had expected")
# 337: session 67: money a body funds ("will fund about $30m from reserves") is funding, not
#      the reserves it comes from
# 336: session 67: a gap in a named budget ("a £2.1m gap in its transport budget") is the budget
#      gap, not the budget
# 335: session 67: a sum right after a verb of a measure moving is the move ("Bus fares will
#      rise 12p": "+12p"; "went up £48", "fell £2bn"; not "lost", "raised", "cut"), and the
#      level after it moved that way ("rose 4p to 98p")
# 334: session 67: a budget ("Tabling Budget 2038", "the Budget") is a document, never an
#      owner
# 333: session 67: money a body borrows is borrowing; a sentence carrying the one before on
#      ("That was up 8.2% from €319,000 a year earlier") measures what that one measured, its
#      move and its base too; the later ends of a list of destinations ("routes to Bangkok and
#      Jakarta") are no owners
# 332: session 67: words that are never an owner (a ticker on an exchange with a digit, "(B3:
#      RDLG3)", whose colon no longer breaks the clause; a shopping day or holiday; "Ex-"/"Non-"
#      words; "Band 5"; a currency's letters, with a full stop too, before the lead's figure;
#      "we" with no firm to speak for); a Spanish-language wire's "Santo Domingo.-" dateline;
#      "NT/HK/NZ/TT/EC dollars" after a number; "Ksh.", "Kshs.", "Nu.", "Tk." before a sum;
#      a label naming its period ("Revenue for the 2025/26 season:", "Q3 2026 revenue:")
# 331: session 66 (review): a move's amount is the figure's own text, without the conversion
#      tied to it in brackets ("cut taxes by 6.5bn euros ($8.6bn; £4.5bn)": "-€6.5B taxes",
#      not "€6.5B taxes, -6.5bn euros ($8.6bn; £4.5bn)")
# 330: session 66: a story marking the US dollar and its home's dollar only now and then
#      ("A$9.74 billion" once among a dozen bare sums) means the home's by a bare "$"
# 329: session 66: the Swiss franc's "Sfr" and the rufiyaa's "Rf" before a sum are money
# 328: session 66: a stay's nights are a duration ("stayed 8.6 nights"; "guest nights" are
#      counted), a cricket score no figure ("by 23 runs", "14 wickets"), twenty-foot
#      equivalent units a measure
# 327: session 66: "down from roughly 60%" is the old level; a move's noun after a new
#      clause's first words ("28.9 percent as it cut prices") is not the figure's move
# 326: session 66: a sum or count a measure moved by is the signed move ("cut its price by
#      VND40 million", "dropped by 9,000", "an increase of 41,000"); "fell to 4.8% from 6.1%":
#      the 6.1% is the old level, no move
# 325: session 66: a percentage after any verb of moving is the signed move ("slumped 18%",
#      "sank 12.7%", "leapt 55%", "after gaining 6%"); "dipped below 20%" is the new level
# 324: session 66: a unit word after a word that is no unit's modifier counts things ("120,000
#      smart meters", "2,800 reefer points"); "1,248 police officers", "42 staff positions";
#      a label before a colon that only says a figure follows ("The key figure:") names none
# 323: session 65: a gapped series after a count and a comma shares its noun ("added 71,000
#      jobs, trade 58,000 and ...")
# 322: session 65: a count's noun runs on over a list ("1,100 flight attendants, pilots and
#      ground staff"), a plural modifier ("scientists and sales staff") and a time after it
#      ("drivers and riders next year"); "hired 300 staff and cut prices" joins no second noun
# 321: session 65: a part after a sentence's opening "Of the N things ...," counts those things
#      ("Of the 61,200 services scheduled, 1,315 were cancelled": 1,315 services); a plain
#      number a move by a percentage reached is kept ("Complaints rose 17% to 388")
# 320: session 65: a level a movement reached after a change written as a fraction ("grew by
#      a third to 48,000", "raised its key federal funds rate by a quarter percentage point to
#      2%") measures what moved
# 319: session 65: a listed company "trading up 4%" or that "traded 1.8% higher" moved its
#      share price; the words before a name set off by commas describe it ("DRAM rival, Samsung,")
# 318: session 64: a budget "adopted" is set (planned), and a budget's name may hold two words
#      ("a $412.7 million general fund budget")
# 317: session 64: the next verb of a series under one modal shares its plan (", return £4.3m
#      ... and put a further £1.5m") and owns nothing; a firm named before "would" and its act is
#      a plan; plans lodged, leave and programmes for a figure, what a planned thing costs and
#      the means of a plan ("mostly by closing 16 branches") are planned
# 316: session 64: a model and its variant ("ATR 72-600", "Dash 8-400") and a model after a
#      count in words are no figures; a band over its lots is a name; in a public body's story
#      "the utility's ..." / "the bank ..." is the firm the story named with the noun; a
#      regulator allowing or approving a firm's rise is no story's firm (nor its bracketed short
#      name); a name that says the clause after an opening phrase, the story's firm past an
#      aside on the setting, the name a source's figures show; "Non-GAAP" no name; a place and a
#      trade describe the firm after them ("Shetland salmon farmer Voe Aquaculture"); a modal
#      consequence with its "if" after it and a supposed move with what it "would" do are
#      hypothetical; "this morning" is no measure's word; measure model retrained
# 315: session 63: a measure in a participle clause after the figure (", citing higher sales")
#      is no metric of it either (one pattern, context.OWN_CLAUSE, for both readings)
# 314: session 63: "Utilisation" opening a sentence, "Class 2 vehicles" and the all-capitals
#      "THE" of a lede own nothing; an old range closed by "previously" is a base at both ends;
#      a rise a regulator "allowed" X "to raise", or is "asked to approve", is planned; peak
#      demand in megawatts; a measure in a reason clause after the figure names none of its
# 313: session 63: churn a measure of its own; a change "of" a figure "in" an owner's measure is
#      the owner's ("a cut of 25 basis points in the ECB's deposit rate")
# 312: session 63: a measure in a clause a comma and "with", "while" or "as" open after a
#      figure is no metric of it ("for $520 million, with deliveries due in 2028"); an
#      analyst's price target is the firm's ("cut his target price to 96p", "his target for X
#      to 76 baht"); a stamp-and-byline line is no lead; "Average daily print circulation" no
#      name; hotel measures (average room rate, RevPAR), letters restating the words before them;
#      spending a body "plans" and money set aside "over three years for" a purpose are planned;
#      a band named by its frequency over its licences or spectrum is no figure
# 311: session 62: a sum glued to its currency's letters ("a KSh12 million maisonette",
#      "Rs1,200") is no owner
# 310: session 62: a registry a firm's accounts were filed at owns none of their figures
#      ("Accounts filed at Companies House show turnover rose 24%"), nor does a name in an
#      aside on where a measure's money came from ("Broadcasting income, most of it from the
#      Premier League's central deals, was £201.4m"); a national survey or census named as an
#      owner is the country's release
# 309: session 62: an aside right after a measure that says what it is names no measure of the
#      figure's ("Its combined ratio, claims and costs as a share of premiums, is likely to rise
#      to 97%"), nor does "a share of" a whole or "head of research"; combined, claims, loss and
#      expense ratios and ARPU in the vocabulary; an IPO's indicative range is planned
# 308: session 62: a measure keeps the words its own phrase writes: "basic" earnings per share,
#      the kind before a vocabulary synonym ("Core net profit"), a noun "and" joins to it in the
#      subject ("Gross loans and advances grew", "Salaries and social charges rose"); a relative
#      clause inside a subject is not the measure ("The average freight rate it earned fell");
#      a bare count a group reaches is the group's size ("taking its headcount to 2,940");
#      "the target" in a takeover story is the firm bid for; a holder's aside gives its stake
#      ("which holds 11.9%,"); a share move past an aside on the listing ("Rival X, listed
#      since 2029, fell 3.1%"), "Rival" no part of a name; a place in the phrase opening the
#      sentence before is no antecedent when the firm's name opens its clause; a measure "its"
#      possesses in a place is the firm's ("Sales of its generic drugs in Israel"); a subject's
#      own target ("above its $2.5-billion target") and a cut "called for" are planned; the
#      closing price a discount "below" or a yield "at" is measured against is a base; a
#      country's figures a ministry or a department released are the country's ("Exports
#      increased 6.8%, the Finance Ministry said"); "Housebuilder" before a name describes it;
#      what a budget, a bill or a deal sets out is planned ("Under the ordinance, social
#      services get ₱14.2 billion")
# 307: session 61: a currency's code after a number followed by a hyphen is a model's letters
#      ("delivered 38 NAD-40 launchers" had been 38 Namibian dollars)
# 306: session 61: a name run holds up to six capitalised words ("The Botswana Public Service
#      Retirement Fund earned 9.8%" had been "... Retirement" and "Fund"): +17 development
#      subjects, held out unchanged; the measure model rebuilds byte for byte
# 305: session 61: a commodity or a kind before a firm's name describes the firm ("Gold miner
#      Witberg Resources jumped 5.6%", "Rare earths producer Menzies Rare Earths", later "the
#      miner": the story's firm); a share move's reason clause ("after warning that December
#      sales were weak") is not what the move measures; "the brewer", "the shipbuilder" and
#      other firm kinds refer back; a measure word inside a body's name ("the Namibia Investment
#      Promotion Agency") is no measure; "Cash costs", "Capital expenditure" opening a sentence
#      name no one; "11.30 US cents" names no US; a place a firm's possessive kind or "its"
#      describes ("the group's four Diani properties", "its Kalgoorlie refinery") and the
#      exchange in an opening phrase ("In a filing with Bursa Malaysia, the insurer said") are
#      settings; a place in a measure's apposition owns nothing; "units in the year" are no
#      trust's units, a trust's "Units of X" are X's; a relative clause inside a subject up to
#      120 characters; "bringing the combined ratio down to"; cash on hand, cash costs and net
#      cash in the vocabulary; the two ends of a route "between Bangor and Caernarfon" own
#      nothing; "output at its Mount Isa East project fell 6%" is no projection. Measure model
#      retrained
# 304: session 60: people who "attended" or "came through the gates" are an attendance; money an
#      event "generated for" an economy, or brought in with its sum in another currency between
#      ("€48.2 million (£41.9 million) into the local economy"), is its economic impact
# 303: session 60: a business that "turns over" money names its turnover; money spent buying
#      back shares is a buyback ("repurchased 6.2 million shares for $1.7 billion"); a count a
#      sentence calls a population is one ("With a population estimated at 3.6 million")
# 302: session 60: money a body provides, commits, promises, contributes, grants or allocates
#      towards something is funding ("provided £250,000 towards staging the event",
#      money_verbs._GIVEN; not a court's award); "gross merchandise value" and "GMV" are in
#      the vocabulary; "twenty-foot equivalent units in the first half, up 9.4%" is no trust's
#      units moving (topics.SHARE_MOVE)
# 301: session 60: in a story that measures market shares, a percentage a company holds, takes
#      or is ranked with is a market share ("Lieferfix held 36%", "Vivra (11.2%)",
#      held_shares.py); a currency named by what it is moves its exchange rate ("The currency
#      has lost 2.3%", "The onshore yuan strengthened 0.2 per cent")
# 300: session 60: the price a company's share move reached is its share price too ("Utility
#      Pomorska Energia fell 2.3% to 12.66 zlotys", share_moves.moved_to_prices); a move
#      reads as the company's with a describing word opening the sentence ("Utility ..."), the
#      company set off by commas ("Cantiga's parent, Grupo Paineira, rose") or its name ending
#      on "Ltd."; an index ("The Hang Seng Index climbed 1.3%") is no company
# 299: session 60: a dateline whose place ends on a state's abbreviation stays with its lede
#      ("SUNNYVALE, Calif. (Amerpress) — Arclight Inc. said ...": the sentence splitter had cut
#      it at "Calif.", and the place became the story's firm); a standfirst without a full stop
#      over the lead is not the lead (lead.py: ``_unended``); a phrase a preposition opens the
#      sentence with is the scene, not the owner ("On the Perth–Karratha route, which serves
#      the gas fields, Kestrel now runs 11 flights": Kestrel's; "In a filing with the ASX, the
#      Brisbane-listed carrier said revenue rose": the firm's); an analyst's or a broker's
#      target price, estimate or forecast of the firm's profit is the firm's
#      (speaker.analysts_view); a figure a relative clause's past verb moves ("will cut
#      sailings, blaming fuel costs that rose 22% this year") is done, not planned
#      (status.RELATIVE_PAST); a count of people living in "a town of about 15,200 people"
#      is its population when the learned measure reads the settlement ("town")
# 298: session 59: a relative clause whose antecedent is a whole clause ("Councillors voted 9-4
#      for the increase, which is expected to raise $420,000") gives its figure no owner (it
#      had been "Councillors voted for the increase"; the story's firm fills it now); a
#      currency's own move needs the currency to move ("the Euro zone is forecast to fall"
#      is none) and a currency is no noun-phrase measure ("the euro reaches $1.30")
# 297: session 59: a currency's own percentage move is its exchange rate ("The rand firmed
#      1.3% on the day"); a company then an apposition then its move is its share price
#      ("Bank Carmelit, the country's third-largest lender, jumped 4.8%"); a count of the
#      people living somewhere is its population ("a town of about 15,200 people"); a
#      percentage opening "They have risen ..." or a name ranked "was second with 19.5%"
#      carries on the sentence before's measure (continued.py)
# 296: session 59: a figure no pass gave an owner, in a story whose main firm is known, is that
#      firm's unless it is a statistic of no one's (unowned.py); "said fuel costs", "Fuel costs
#      fell" keep "fuel" (premodified.py); a figure the vocabulary names no measure for takes
#      the noun phrase its clause ties it to ("Handling charges rose by an average of 5%", "a
#      capital plan of £214 million": np_metric.py)
# 295: session 58: a lead whose subject is a description with the name between commas ("The
#      State's new auto-enrolment pension scheme, My Future Fund, returned 7.8 per cent") has
#      that name as the story's firm when the story names it again or calls it "the scheme"
# 294: session 58: an analyst's note (a "Rating:" line among its first lines) covers the firm
#      its headline names before the colon ("Hoshimiya Interactive: Stellar 2 priced at ..."),
#      not the product or the regulator the lead under "What happened" names; a byline with a
#      slash ("By Chen Yi-hsuan / Staff reporter") or the writer's city after a comma ("Aditi
#      Raghavan, New Delhi"; not a venue's: "Tynedale Auction Mart, Hexham") is no lead
# 293: session 58: one unit sold rising to a sum is its price ("an hour in the car parks
#      rising to £2.40": price per hour); "richest" of a contract or a prize makes no rich list;
#      "SC Neckarstadt Mannheim" is named again as "Neckarstadt" (the story's firm, not the
#      "Champions League" its lead also names); a country's official statistics are the
#      country's when the office is named after the lead, a byline before it, the country
#      only written as "Australia's ..." or "in Great Britain", and the office itself owns
#      none of them; a name inside a participle's phrase opening a sentence ("Tabling Budget
#      2038 in the Dewan Rakyat, he said ...") owns nothing; "retail sales in X" are X's; the
#      lead is found under up to five lines of furniture, a standfirst over the byline, a
#      heading ("Chair's foreword", "KEY POINTS"), a writer's name line and a dateline cut at
#      its state's abbreviation ("ROCHESTER, Minn."); a lead opening on a weekday or on
#      "Shareholders" names no firm; a takeover's sum a share is the target's offer price per
#      share ("Kessler will pay CHF142 a share"), "values Seeland at" the target's; a name a
#      "with" clause moves ("..., with Rideau Cloud Inc. sliding 9.4%") owns its move
# 292: session 57: a numbered part of a law, a text or a road ("Section 25", "Chapter 11", "Km
#      46") is no name wherever a name run is read (proper_nouns), so the owner after it stands;
#      statuses carried further (carry.py): a measure listed after a base ("and EBITDA of around
#      €67m"), the next payer after a base, a second verb under one "will" with a comma before
#      its "and"; a forecast label a few words before its colon ("kept its forecast for the year
#      unchanged: sales of ..."); a worked example a sentence opens on is hypothetical ("For a
#      borrower with a $600,000 mortgage, ...": scenario.py); what an analyst, an economist, a
#      broker or a consultancy forecasts is expected (others_expect.py)
# 291: session 56: a result reported "on an adjusted (underlying, like-for-like, constant-
#      currency ...) basis" says so in its metric ("earned $1.87 a share on an adjusted basis":
#      adjusted earnings per share, and its base too)
# 290: session 56: a count's "new", "extra" or "additional" is what it counts ("612 new
#      members", was "members"); a quantity whose metric only repeats its unit ("tonnes")
#      measures the stuff it is of, with the verb acting on it ("crushed 2.41 million tonnes
#      of cane": cane crushed); no owner in the first half of a hyphened word ("Brisbane-"),
#      a numbered part of a law or road ("Section 20", "Km 46") or a currency's country ("In
#      US dollar terms"); a state's dotted letters after a town give the town ("Moncton, N.B.");
#      analysts who "had been looking for" a figure expected it, and a figure listed under an
#      expectation ("had expected $1.71 a share and $5.07 billion in sales") is expected too;
#      Tonga's pa'anga and Samoa's tala are money; "a 7,450-strong workforce" counts employees
# 289: session 55: a country's letters after a sum in thousands or a scaled one are its money
#      where the country is named ("1,450,000 FG" in a Conakry story; none where none is)
# 288: session 55 (attrib_a110's owners): a volume opening its sentence ("Output fell 9% to
#      4,120 tonnes", "Ridership rose 12%") is no name (was "Output"'s share price); a good after
#      "if", "when", "unless" ... is the good ("If iron ore prices stayed below US$80 a tonne":
#      iron ore, was "if iron ore")
# 287: session 55 (the lost blind attrib_a110's misses, then the new attrib_a110's): the
#      Congolese franc's "FC", the Guinean franc's "FG", the ouguiya's "UM", the Iraqi
#      dinar's "ID", Malawi's "MK" and the leone's "Le" spaced or glued before a sum where the
#      country is named ("FC 420,000", "ID 118 billion", "Le 29.65", "UM 450"); the Burundian
#      franc's "FBu" before or after any sum, "Rwf" and "FCFA" after one; "South Sudanese
#      pounds" and francs named with their country; the hundredths of the somoni, lev, baht,
#      zloty, lira, dalasi, ngultrum and loti ("50 dirams") and the leone's cents are money;
#      containers in TEU are a measure (other), not a count; a commodity's word inside a
#      firm's name ("Kolwezi Copper Haulage") names the firm; a dateline line of place, date,
#      desk and writer parted by slashes, and a country's currency letters before a sum, name no
#      owner; "Lualaba Copper and Cobalt (LCC)" is one name
# 286: session 54 (blind attrib_a109): "francs" are the franc of the country the story names
#      (CFA, Rwandan, Guinean ...; Swiss where none), "SR" the Seychelles rupee where the
#      Seychelles are named (else the Saudi riyal), the ariary's "Ar" and the kwanza's "Kz"
#      written with a space before any sum ("Ar 212 billion", "Kz 212 a share"); an
#      international phone number ("+244 923 160 600") and a street's number after its word
#      ("Dunajska cesta 119") are no figures; metres written glued as millions are ("the
#      bridge will be 500m long", "a 500m stretch", "walked 800m") are lengths, not millions
# 285: the lilangeni's "E" where Eswatini is named ("E3,862 a tonne"), and cents in a story
#      set in Eswatini or Namibia are its currency's; Rwanda's franc written "Frw 480"
# 284: a measure that brings money in names it ("Sales brought in €16.1 million": sales, was
#      "sale sales"; "Ticket sales brought in": ticket sales)
# 283: Egypt's "LE" before a small unscaled sum where Egypt is named ("to LE 220 from LE 186");
#      the word "pounds" in a story that Egypt, Sudan, South Sudan, Lebanon or Syria leads is
#      that country's pound ("300 million pounds" in a Cairo paper); centavos are money, the
#      real's unless a peso country is named first
# 282: what costs a sum is the thing before a participle's phrase ("A single ticket bought on
#      a phone will cost €2.40": single ticket price, not a phone price); what a change, rise
#      or increase is expected to bring in is revenue ("expects the change to bring in about
#      €3.5 million"; was "change revenue" or none), and a sale's purpose ("sell its arm to
#      raise $350m") names no revenue of what is sold
# 281: "budget" before a kind of firm or product ("Indian budget airline SkyKite", "budget
#      smartphones") names no budget (vocabulary.names_no_measure)
# 280: session 53: an analyst's target written with a decimal sum ("raised his price target to
#      GH¢11.20 from GH¢10.30") is the target, both sums, and one the vocabulary read as a bare
#      "price" too; the shares' own close after it ("a price target of 540p on the shares, which
#      closed at 498p") is not; a currency named as a clause's subject owns the figure only
#      where it moves or trades before it ("The tugrik has weakened 4.8%", "The rand firmed
#      1.3%"; not "the weaker kina had cut its costs by US$4 million"), and more currencies are
#      named so (naira, cedi, shilling, tugrik, kwacha, dinar, dirham, ...; "rand", "dong",
#      "kip", "kina" in lower case only); dirhams are Morocco's where the story names Morocco
#      first; "the company" after a sentence that opened on a product's code ("The PMX7
#      family ...") is the story's firm, not the code
# 279: the Georgian lari's sign "₾" and its "tetri"; a South African bond's name ("the R2035
#      bond") is no rand sum
# 278: "FCFA" is money before any sum ("FCFA 210 a kilogram"; it was read only before a scale,
#      thousands or hundredths, as the letters roads and words share are)
# 277: session 52: "ahead of the 4.3% analysts had expected", "short of", "in excess of" name
#      no measure the figure is "of" (refine.of_words); "the R2.1bn that analysts polled by X
#      had expected" is an expectation; a holder's bare "holds 60%" or "with 40%" in a sentence
#      naming the owners is a stake; "lifting Song Hau's share to 14.5%" in a sentence naming
#      the market is market share; a lead describing its firm ("A Limerick broadband provider
#      added ...") takes the firm the next sentence opens on as the story's, and gives it the
#      lead's figures; "the Rotterdam route" places the firm's route; a local paper marking its
#      dollar on a few sums means it on the bare ones too ("$19.99 a month" ... "NZ$66.2
#      million"); which CFA franc by a country named as a word ("Nigeria" names no Niger) and
#      by the Central and West African capitals; an analyst's price target is "expected"
# 276: a firm its apposition describes by its kind is named again as "the company" too
#      ("Moselle Orbital, the Luxembourg satellite operator, ..." / "The company reports"): the
#      story's main company, not the country in its apposition (word_search.named_by_apposition)
# 275: a place before a body or a firm's site after "A" in a sentence gives its figure to the
#      story's firm ("A Wakefield bakery ... with the loss of 210 jobs": settings.modifies_noun)
# 274: the story's owner count (owner.py) counts a name opening on a nationality by its next
#      word ("Swedish Public Employment Service" is no "Swedish" in every sentence) and leaves
#      out a day named for an event ("Black Friday"), a person with a capitalised title
#      ("Finance Minister Kenji Arakawa") and a byline's writer
# 273: a lead's subject past the names that only set it (settings.py): "A Soweto co-operative",
#      "A family-run brewery in Tadcaster", "One of Glasgow's largest office blocks",
#      "Copenhagen biotech Nordlys Bio", "The State's new scheme, My Future Fund," (the story's
#      main company is no place); a firm called again by its apposition's kind ("X Ltd, the
#      hotel group ... The group") is the main company (word_search.named_by_apposition); a stamp
#      line ending on "7:15 a.m." is no lead; the Gulf's and Jordan's letters glued to a small
#      sum where their country is named ("SR38", "QR2"); "4K streams" is a resolution
# 272: the subject of a level names its measure in more ways (development rounds' metric misses):
#      "worth" links a subject to its figure ("Sponsorship was worth £740,000"), "The number of
#      staff rose to 214" counts staff (heads._NUMBER_OF), "Staff numbers" is no "staffs"
#      (heads._MASS_NOUNS), a group's size names it ("the company's workforce reached 27,300
#      people": acts._GROUPS)
# 271: blind round a99 again: "whose fortune" (wealth, salary, pay, bonus) after a person named
#      with their age and an apposition is the person's, not the firm the apposition names
#      last (clause._AGED_BEFORE_WHOSE); "reached" and "worsened" are movements a "from" after
#      them sets a base beside (bases._MOVED)
# 270: blind round a99 (sport, entertainment and the money around them): a currency's name
#      after a nationality ("800,000 Bahraini dinars": words._named_currency), Macau's "MOP$",
#      Bahrain's "BD" before a small sum where Bahrain is named, the soum's "so'm"; a count
#      opening its clause after its group takes the group's noun ("Of the copies sold, 780,000":
#      elided._OF_GROUP); a count's metric opening on its noun takes its unit's kind words
#      ("paying subscribers": around.counted_kind); the subject of "improved", "worsened",
#      "numbered" and more level verbs names the measure (heads); performers and players known
#      by one name ("reggaeton star Dayán") and "the 29-year-old from Bayamón" are people
# 269: a money or count level a movement verb leads to ("profit before tax rose to £1.1 million
#      from £640,000", "sales slipped to £51.6 million") moved: its change's direction, no
#      amount (change._MOVED_TO; found on a fresh user paste, whose profit showed no change)
# 268: blind round a98 (elections and party money): Moldova's lei and Malawi's kwacha where the
#      story names them (local_currency: "LEU", "KWACHA"), the kwacha's "K", the ngultrum's "Nu"
#      and the loti's "M" where Malawi, Bhutan, Lesotho are named (country_letters); "Nu" is no
#      name
# 267: blind rounds a95-a97: a stamp line of parts, each a stamp, a writer's or a place's name
#      ("Tbilisi, 26.01.2037 • 12:30 — by Nino Kapanadze", "Said bin Nasser al Rawahi | Sunday,
#      December 6, 2037", "Ulaanbaatar /MNA/ · 2037.04.14 · 16:20": lead._stamp_parts), a
#      Title-case place and a long dash ("Skopje – Vardarka Foods ...": proper_nouns.dateline_end)
#      and a court or regulator ordering a firm (names._ORDERING_BODY) own none of the lede's
#      figures; the quetzal's "Q210" is money where Guatemala is named; the guaraní's "Gs", the
#      birr's "Br" before thousands or hundreds, the kyat's "K" before lakh; quintals and kilos are
#      units of measure
# 266: blind round a96: a lede's dateline set with a full stop ("Dar es Salaam. Msasani Mart Plc
#      ...": shape.place_sentence, lead._furniture) or as a Title-case place with its month and
#      day ("Kathmandu, Oct 19 — ...": proper_nouns.dateline_end) owns none of the story's figures
# 265: blind round a95 (manufacturing): a count written with separators and joined to the counted
#      phrase before it shares its noun ("sold 91,500 vehicles and Hengfeng 42,100", "38,900
#      vehicles abroad in March and 97,600 in the quarter"; not a target, a move or a further
#      amount: elided._coordinated); a bare scaled number a money measure governs in its own
#      clause takes the currency of the sentence's one currency ("fell 8% to 1.62 trillion
#      tenge, and net profit dropped to 84.6 billion": bare_numbers.implied_currency)
# 264: items listed after a planned figure, each named before its own figure, share its status
#      ("wants a 12% rise, a housing allowance of N$1,600 a month and a night-shift allowance of
#      N$45 an hour"; not a premium or discount measured to a price: carry._LISTED)
# 263: blind round a94 (jobs and pay): the Bosnian convertible mark's "KM", spaced, before any
#      sum, money where Bosnia is named ("KM 1,690 a month", "about KM 68"; country_letters)
# 262: blind round a93 (public contracts and budgets): a rupee where a Sri Lankan, Pakistani or
#      Nepali town is named is that country's ("KANDY — ... Rs. 4,850 million"); a claim lodged,
#      money still to be paid out or still to come from someone, and what a body agrees to
#      provide are planned; the money a planned budget is said to include is planned as the
#      budget is ("It includes DKK 385 million for schools, ...": included_status.py); an
#      outlet's line with its section and stamp is no lead ("Pest Ledger · Business ·
#      2037.06.10. 11:52": lead._outlet_stamp), so its name owns no figure
# 261: blind round a92 (deals and capital markets): money whose use is to come is planned ("HUF
#      120 billion of the proceeds will repay ...", "The rest, about RM150 million, is earmarked
#      for ..."); what a deal keeps, owns or proposes is planned ("would keep all 1,100 staff",
#      "will own about 58%"); the close a premium or discount is measured to is the base ("a
#      7.8% discount to Tuesday's close of HUF 5,054")
# 260: a byline's name with its outlet, date and time in bars is a credit line, also as the
#      second sentence of "By Ma. Teresa Villanueva | Manila Business Chronicle | March 18, 2037
#      | 6:15 p.m." (lead._BYLINE): no owner
# 259: the lira's "TL" before a small sum where Turkey is named ("raised his target price to TL
#      265"); a sum in a country's letters at a sentence's end ("a target price of P22.50.");
#      a percentage joined by a hyphen ("a 20-percent discount", "a 12-per-cent rise")
# 258: a dividend in a currency's small unit is per share ("a final dividend of 11.9p", "57c";
#      dividend_per_share._SUBUNIT); feddans are a unit of measure
# 257: what a plan pencils in and what is still due to arrive or open is planned ("has pencilled
#      in about 130 openings", "another 9 aircraft due by 2039"; planned._DUE_AFTER); what would be
#      without something is hypothetical ("Without a one-off bonus pool of ..., profit would be
#      about 8% higher"; scenario._WITHOUT), and so is a worked example's spending ("A family of
#      four spending kr 4,200 a week ... would save about kr 270")
# 256: a time or degree word written right before a measure names it ("monthly active users",
#      "annual inflation", "total assets"; premodified._NAMING); a crown written first ("kr
#      21.90") is the story's country's (patterns.NUMBER, blind round a90)
# 255: a change whose own clause says it takes effect later is planned ("..., or 5.6%, that will
#      take effect Jan. 1"; planned._WILL_TAKE_EFFECT)
# 254: the same amount put another way after a planned or forecast figure shares its status
#      ("a $118.6 million rate increase, or 9.4%"; carry._PART)
# 253: a request with its article or floor is planned ("asked state regulators Monday for a
#      $118.6 million rate increase", "called for at least $250 million"; planned._PLANNED)
# 252: blind round a89 (energy, commodities, utilities): "boe a day" / "boe" are barrels of
#      oil equivalent (per day), "therms" a unit of measure, a measure's range takes the far
#      end's unit ("232,000-238,000 boe a day"), the level after "up 11 per cent from" is the
#      measure's (bare_numbers, continued), pesos quoted per dollar are the story's own pesos
#      ("Ch$" written anywhere), a singular "cent" in a story of euros is a euro cent, the naira's
#      "N58" where Nigeria is named, a pack's size ("a 10kg bag") no amount; "closing two of its
#      five libraries" is "library closures" (no "librarie"); "still had to find" an obligation
# 251: a decimal comma before a percentage or a scale is a point ("R3,2 million", "11,4%",
#      "1,25 billion": grouped.py, read as the space-grouped thousands are); no labelled round
#      changed (none writes them), found reading paste81's South African file
# 250: a fronted start still to come names no one ("Starting Monday, Msunduzi Municipality
#      will cut water to 14 suburbs": the figure is the municipality's, not "Starting's";
#      name_words), found in a fresh paste tried as a user
# 249: blind rounds a87 (front-page business news) and a88 (public finance): thousands grouped
#      with spaces are read whole ("61 400 cars", "R250 000"; grouped.py: the story is read
#      with commas in their place, the same length, and each figure keeps the story's own
#      text); a sum a budget sets is planned ("Gross market borrowing is set at", "pegged the
#      deficit for 2027-28 at"; planned._TERMS); a common noun's figure ("the metro's 98 000
#      households") neither counts as another owner nor breaks the story owner's run
#      (inherit.story_owner_fill); metric weights refit with a87 and a88
# 248: blind rounds a85 (pharma and biotech) and a86 (market shares and prices): a deal's money
#      owed only if its milestones are met is planned ("plus up to $900m in milestone payments",
#      "milestones of up to CHF 420 million", "up to £16m more in add-ons"; planned.py); an old
#      value with its time is a base whatever the verb ("accounted for 31 per cent, from 27 per
#      cent a year ago"; "came in at 4.29 cents, from 3.85 cents"; bases.compared); a ranked
#      list's later item names its owner before "on" ("followed by Aldano on 8.7 per cent";
#      list_items.on_name); metric weights refit with a85 and a86
# 247: a town and its state set off by commas describe the firm, not name it ("The Santa
#      Clara, California, chipmaker reported ...": names.subject_for, names.lead_name,
#      noun_phrase._FIRM_REF); a fronted "where" ("Overseas, the film added $58.5 million") is no
#      name (name_words)
# 246: blind rounds a83 (company results) and a84 (money outside results): a measure's letters
#      ("ARR", "GOV", "GMV", "Ebitda") and a period's name with a joining word
#      ("July-to-September") are no one's name (name_words.not_name); an estimate put before
#      the event stays an outlook ("had been expected to fetch", planned.PAST_HEAD; "projecting"
#      in status._FORECAST); a record the news beats is a base ("its previous record, the
#      £31.5m they paid", bases._EARLIER_LEVEL); metric weights refit with a83 and a84
# 245: blind round a82 (disasters and insurance): a dollar a story marks only against the one
#      foreign dollar it names ("the Australian-owned insurer ... A$96 million after
#      reinsurance, from gross claims of NZ$240m") is its bare "$" (home_currency._contrasted);
#      metric weights refit with a82
# 244: the exchange a firm is listed on owns none of its figures ("The company, listed on the
#      Toronto Stock Exchange (TSX: NVT), said ..."; bystanders.py); the story's owner counts
#      "the food bank" as a mention of "Prairie Harvest Food Bank" (its last two words) and
#      skips a one-word name modifying a body ("Regina food bank use hits record"; owner.py);
#      metric weights refit with a81
# 243: a one-word name modifying a body it is not ("Manchester independent label raises its
#      outlook") is no main company (names.ATTRIBUTIVE; found in a80's deck)
# 242: blind round a80 (media and entertainment): a second measure after ", and" shares the
#      first one's verb ("expects net sales of ¥126 billion ..., and operating profit of
#      ¥18.5 billion"; status._AND_MEASURE_AFTER); "a target of earning 40 percent" is no
#      worked example (FV241's rule); metric weights refit with a80
# 241: blind round a79 (work, pay, pensions): a worked example's sums and what its sentence
#      says of them are hypothetical ("A worker earning C$78,000 a year would pay about
#      C$1,365 more", "On a $600,000 loan ..., would add about $32"; scenario.py); an assumed
#      rate is a forecast ("against an assumed 5.25%", "assumes turnover of about £4.1m");
#      "return on plan assets" is no plan (intent.py); metric weights refit with a79
# 240: metric weights refit with the fifth wave's round a78 (transport and logistics; no rule
#      written from it)
# 239: blind round a77 (official statistics): the gram's units in British spelling are
#      quantities ("142.7 million kilogrammes"); a change written as an adjective is in
#      percentage points ("a 1.5-percentage-point increase"); a level below one after "to" is a
#      ratio, no count ("the Gini coefficient fell to 0.431"); metric weights refit with a77
# 238: blind round a76 (small business and the local economy): a Canadian paper's province
#      after a town ("Lunenburg, N.S.") names Canada; a pound sum after the story's own bare
#      dollars no longer makes it a foreign paper's (only a conversion or pounds first do); the
#      one named dollar a story leaves bare beside another it marks ("A$5.90" / "$5.70") is its
#      home dollar however often the other country is named (home_currency.py); metric weights
#      refit with round a76
# 237: blind round a75 (property, housing and construction): an ISO code written against a
#      price of three digits or more is money ("AED185 per square foot"; currencies.py);
#      metric weights refit with round a75
# 236: blind round a74 (courts, regulators and insolvencies): a counted phrase runs through a
#      joined modifier's "and" ("48,300 motor and home insurance customers"); a verb of
#      containing or losing opens a clause, not a noun ("1.4 million included"); crypto-assets
#      held in their coins are quantities ("1,840 bitcoin"); an age a count is compared with
#      ("older than 65") is no figure; metric weights refit with round a74
# 235: animals counted in the singular's form ("1,630 dead brown trout", "2,000 kiwi") and before
#      what holds them ("12 fish farms"); "faculty positions" (counted.py); metric weights refit
#      with the fourth wave's round a73
# 234: blind round a72 (health, science and the environment): a rate per cubic metre, per square
#      metre or per lakh population reads its whole base (scan._PER_ONE); metric weights refit
#      with round a72
# 233: blind round a71 (technology, telecoms and media): rates "per dollar" after "the won", in a
#      currency's own word ("148 yen to the dollar"), after the currency quoted ("The dollar was
#      quoted at R$5.41") and "$1.25 per euro" after "the dollar" (rates.py); "31.4 GB"; a band
#      named by its frequency is no figure ("the 700 MHz band"); metric weights refit with a71
# 232: blind round a70 (public money in regional papers): a budget's size for a year named after
#      it and a sum a body "has budgeted" are planned (budgeted.py); mills are a measure; "74km of
#      pipes" is a length; a counted phrase stops before a currency's letters ("410 guest
#      faculty paid Rs 32,000"); "faculty" counts people; metric weights refit with round a70
# 231: the metric weights refit with attribution round a69 (after its blind score)
# 230: blind round a68: a report naming its own dollar as itself ("the Australian dollar
#      slipped to 64.85 US cents") no longer marks its sums, a sum written with the dollar's name
#      still does (home_currency._MARKED: a68 money 0.932 / 0.944 -> 0.969 / 0.981; the 68
#      rounds and held out unchanged); the metric weights refit with a68
# 229: blind round a67: bylines over a bare date ("Wed 9 Sep 2026 07.00 BST"), in capitals
#      ("HEALTH REPORTER", "PUBLISHED MAY 3"), or with an accented name ("Cormac Ó Briain") are
#      no lead (lead.py); a sum a body allots, the active verb right before it, is planned
#      (budgeted.py); the metric weights refit with a67 (a67 subject 0.680 -> 0.811)
# 228: the metric weights refit with attribution round a66 (after its blind score)
# 227: blind round a65: weights written short ("19.6 million MT", "4.12 MT per hectare", "180
#      lbs") and oil-and-gas flows ("44,400 boepd") read in full (short_units.py); "pounds" in a
#      story pricing a stuff by the pound with no sterling are a weight (raw_currency.py);
#      the metric weights refit with a65 (a65 money P 0.931 -> 0.971, other R 0.545 -> 0.693)
# 226: a central bank known by a name holding no country ("the Fed", "RBA", "BSP") reads out
#      its country's economy, a bare "Reserve Bank" the one of the story's dollar
#      (central_bank.py); bylines "NAME in London", "NAME · Posted: ...", a bare name over its
#      stamp and "By" lines with initials are no lead (lead.py); "GH¢320m"'s letters and a
#      stamp's weekday ("Sun Oct 25, 2026") are no names (proper_nouns.py). 66 rounds: subject
#      10942 -> 11058 of 13,597 (product 10811 -> 10841), nothing else moved; held out unchanged
# 225: a sum in a currency of its own quoted against another is an exchange rate ("₦1,528 to
#      the dollar", "N1,462/$": rates.marked_rate), not money
# 224: the metric weights refit with attribution round a64 (and the figure finder's word gates
#      of session 40, which change no output)
# 223: a count's metric takes what was done to it when written after it ("6,412 properties
#      sold"; acts._AFTER); a story naming one dollar country's places twice and no US place
#      is set there whatever its spelling, and "Stats NZ" names New Zealand (home_currency);
#      the metric weights refit with a63
# 222: blind round a62: the Australian press's "$US40 million", "$A38,000" and "$C74 billion"
#      (patterns.NUMBER; each marks its dollar for the story's home: home_currency._MARKED);
#      a central bank's target rate is its setting, not a goal (status._RATE_TARGET); the
#      metric weights refit with a62
# 221: a sentence that opens on its condition supposes its figures whatever its consequence's
#      verb ("If rates fall 10 percent, that's roughly $1.4 million"; scenario._conditional);
#      ", that" after a comma is no relative clause
# 220: blind round a61: a story that marks the US dollar ("US$18 in Chicago") and leaves other
#      sums bare writes its own dollar bare: the dollar country it names most (a Windsor paper's
#      "$17.60 an hour"; home_currency._us_marked_home); a range in crore or lakh scales both
#      ends ("₹2,000-3,000 crore"; scan._RANGE_TAIL, _MONEY_TAIL)
# 219: a lead that describes its firm by place and trade ("A Dartmouth seafood processor says
#      ...") before a sentence naming it with its reporting verb ("Atlantic Tidewater Seafoods
#      said ..."): that firm is the story's main company (names.main_company; the fresh file)
# 218: blind round a60: a rate straight after its number over a round population ("19.8 per
#      100,000 people": one figure, not 19.8 and a count of 100,000 people; scan._PER_BASE), the
#      Cayman Islands' dollar ("CI$486,240"; a home dollar, declared or bare in a Cayman story)
# 217: blind round a59: Bermuda's and Brunei's dollars as home dollars, "B$" by the country
#      named (Brunei or the Bahamas; country_letters.py), a story's word on its dollar for any
#      dollar country ("Figures in this article are in Bermuda dollars"), cents beside sums all
#      marked with one dollar's letters ("N$14.25, up 35 cents"), the Caribbean's, Pacific's
#      and Namibia's dollars as a sentence's "dollars"/"cents" currency, "Rwf310" glued to any
#      sum, and "£" in a story set in Gibraltar, the Falklands or St Helena (home_pound)
# 216: an earlier estimate a figure moved from is a base ("up from the €1.6 million estimated
#      last year", "from the £7m forecast in March"), not an expectation; a gap to a forecast
#      is neither ("$0.4 billion more than forecast in May"; intent._FORECAST_THEN)
# 215: a release's dateline with its country of several words and its year ("COUVA,
#      Trinidad and Tobago, March 9, 2028 – ") and a piped desk or stamp line ("Port Louis
#      business desk | Published 11 November 2027") hold no subject (proper_nouns.py, lead.py)
# 214: blind round a58: a home dollar marked once on the story's first sum and bare after it
#      is the home's throughout ("FJ$50,000 ... $25,000" in a Suva paper; home_currency.py); the
#      pula's thebe, the naira's kobo, the kwacha's ngwee and tambala, the kina's toea by name;
#      a Gulf dinar's thousandths ("BD3.600"); a pipe table's unit in its header's first cell
#      ("| Rs million | 2027 | 2026 |") and its bare small cells (elided._table_cell)
# 213: a sum at a rate is pay where a wage, salary, earnings or someone's pay are named, not
#      where customers "pay" it ("pay Shs1,200 a day" for a solar kit; money_metric.py)
# 212: blind round a57: a story set in Jamaica, Trinidad, Barbados, the Bahamas, Belize,
#      Guyana, Fiji or Namibia writes its own dollar as "$" (home_currency.py); a table's
#      "Rs." caption is the rupee of the country the story's opening names (label_units.py,
#      caption_units.py, tables.py); "N million pounds of lobster" weighs (raw_currency.py);
#      a dateline with its province and date ("HALIFAX, Nova Scotia, Nov 19 (Wire) - ") holds
#      no subject (proper_nouns.py, names.lead_name); a table row's bare cells are counts
#      (elided._table_cell) and a "(kobo)" row's the caption currency's hundredths (tables.py)
# 211: blind round a56: a table's caption in any currency sign ("₦ million unless stated":
#      label_units.SIGN_CLASS), a row label's minor unit by name ("(kobo)", "(sen)", "(paise)"),
#      a spaced table's row label ending at its first cell, the columns' periods on a line of
#      their own over the rows (tables._period_header: the earlier column a base); the
#      peso's and pula's "P" (and the other country letters) before hundredths or a sum of
#      two or three digits ("a P50 increase", "P0.42 per share") where the story names the
#      country (patterns.NUMBER)
# 210: a sum at a rate ("about $24 a month") is a salary only where pay is said ("earn",
#      "wage", "paid" ...): a power bill or a pension a month had been "monthly salary"
#      (money_metric.py); a base takes the name "N tonnes of copper" gave its measure in the
#      same sentence ("down from 720,000 tonnes": copper output; quantity_of.py, around.py)
# 209: "120 km/hour" no longer stops extraction (counted.py read only "km/h" as one unit, and
#      asserted it had matched "km/h" where "/hour" followed); no labelled figure moved
# 208: home dollars from blind round a55 (scored at the session's end first): a story naming
#      no place whose words carry macrons twice is a New Zealand paper's ("Tūī Energy");
#      a Commonwealth spelling ("centre", "programme") with a dollar country named in the
#      story's first lines counts as "per cent" does (home_currency.py); metric weights refit
#      with round a55
# 207: what a new value replaces is its base ("will pay $9 instead of $8": bases.py)
# 206: a results box under a marked dollar's caption ("(A$m unless stated; prior half in
#      brackets)": label_units.py reads "A$", "NZ$", "S$" ...), its "(%)" lines shares and its
#      "(cents)" lines the caption currency's cents (caption_units.py); an emergency line's
#      number is no count ("Calls to 911 reporting shots", "the emergency numbers 112 and 999");
#      a sum no rule named after "earned" is earnings (around.py, as pay was: the a54 refit
#      stopped guessing it); metric weights refit with round a54 (blind round a54's misses)
# 205: local and general news (blind round a53): "to roughly 14 lakh consumers" has no verb
#      "roughly" (verbed.py: "-ly" words are adverbs but for a few verbs); "120 km/h" is a
#      speed (counted.py); Victoria Police / Fines Victoria / VicRoads set a story in Australia;
#      a bracket in the same marked dollar is the figure's base ("S$71.50 (S$66.00)"); a heading
#      in capitals between lists is no lead (lead.py: "WHAT HAS GONE UP"); metric weights refit
#      with round a53
# 204: metric weights refit with round a52
# 203: a profit "after tax" opens no new clause (status.py: "expects net profit after tax of
#      between $58 million and $66 million" is a forecast); "every 100 students ... takes
#      $2.5 million" supposes a case (scenario.py)
# 202: metric weights refit with round a51
# 201: more dollar countries' regional places (Cessnock, Geelong, Townsville, ...; Mississauga,
#      Kelowna, ...) and South Africa's (its provinces, "South African(s)"), for the dollar and
#      the rand; a "$m unless stated" box in the story's own dollar (caption_units.py); rand
#      before a dash; a conversion in brackets after a rate ("₹8,400 crore a year (about $950
#      million)") is no figure (parse.py); a place with the paper's desk ("Dehradun | Our
#      Correspondent") is a byline, not the story's owner (lead.py)
# 200: what each thing is worth with no number ("Every agency shift we convert saves us about
#      £180") and "every $1 million ... costs ... $55,000" are supposed cases, not "every 10
#      minutes" nor "every one of" (scenario.py); money set aside "for" a purpose is planned, not
#      a provision for bad loans (planned.py); a count in its unit in brackets after one in the
#      same is the year before's (prior_brackets.py)
# 199: metric weights refit with round a50; a measure's letters (HEPS, NAV, DPS, ARPU, NIM, ...) are no owner
# 198: a results line's label or a box's caption in rupees crore or lakh ("(Rs crore unless
#      stated)", "Revenue (Rs crore):") and a label in a currency alone ("EPS (Rs): 9.46") give
#      their cells' unit; "gain/(loss)" is no unit of its own (label_units.py, caption_units.py);
#      more New Zealand places for its dollar (Nelson the city, Napier, Timaru, ...); glued
#      cents where HEPS is priced
# 197: "the group earned $1.38 a share" (or "lost") is earnings (loss) per share, "adjusted"
#      after "excluding one-off items" (per_share.py); "that it has raised" names no thing's
#      revenue (money_named._THING_BRINGS); a speaker who "expected the net interest margin to
#      settle at" and a measure "now expected at" give forecasts; "our ... estimate to £141m"
#      and "our own 3% estimate" are expectations (status.py)
# 196: metric weights refit with round a49 (guess 1.67 -> 1.78)
# 195: a story that marks the first-named dollar country's dollar with its letters ("$386 million
#      (A$352 million)") and names one other dollar country and no US place writes that
#      country's dollar bare (home_currency._unmarked_other); cents glued to a larger or decimal
#      amount where a share or a unit is priced ("earnings per share of 151.2c", "between 380c
#      and 420c": short_units._cents); a capital-letter South African dateline ("JOHANNESBURG -")
#      sets the rand's cents
# 194: a figure its sentence gives no owner, right after a figure of the owner the story's
#      figures name most often (at least half of them, no person, no lower-cased group word),
#      takes that owner, before actors.ownerless clears a market's or a country's figures
# 193: a percentage or a sum not in dollars in brackets right after a figure of its kind and
#      unit is its base ("41.2% (39.6%)", "SEK 2.40 (SEK 1.75)"), and so is one after "last
#      year", "previous year" with no colon, or "from" in brackets ("(from $248)")
# 192: a dividend a board sets ("raised the quarterly dividend to 81 cents a share", "Interim
#      dividend per share: 3.45p") is planned when no status was read and nothing in its
#      sentence says paid or yield; shares that "offer a dividend yield" make no offer
# 191: a sensitivity supposes a case: "every 10-cent fall in the price cuts about $264 million",
#      "Each percentage point on the ratio moves profit by €11 million" (a verb of effect after
#      it): its figures are hypothetical
# 190: a story that spells "per cent", names no US place and names one dollar country's place
#      anywhere, once or more ("Manitoba's education department", near its end), means that
#      country's dollar by a bare "$" (blind round a48); "research" that ends a name
#      ("Deccan Mobility Research expects ...", "by Northgate Research") names no R&D; metric
#      weights refit with a48
# 189: money committed, approved as an investment or "being invested" is planned; a sum one
#      puts an estimate on ("estimated its claims at between ...", "put the cost at",
#      "heading for a £36.4m overspend"), guidance given ("guided revenue to") and a broker's
#      "Upside:" are forecasts (a size "estimated at" stays a fact); "the $37.5bn consensus" is
#      expected
# 188: an open "if" clause whose consequence a modal heads supposes a case: its figures and the
#      consequence's are hypothetical ("If shipments fall another 10%, the firm would lose
#      about $2 billion"; 49 of the 51 labelled figures of such sentences in the development
#      rounds are)
# 187: a sum per a unit of quantity or a share names it in its metric ("$71.80 a barrel": crude
#      oil price per barrel; "81 cents a share": dividend per share); a bare "$" is the home
#      dollar of a story whose dateline names its place in capitals ("SINGAPORE -"), that marks
#      that dollar only inside a bracketed conversion, or names it more often than another
#      dollar country (blind round a47)
# 186: a clause opening on a pronoun ("We think it will sell 14 million") or on a preposition
#      ("For Veluwe Energie N.V., which ...") names no owner; a note's "Analyst: NAME, FIRM"
#      field is no lead; metric weights refit with a46 (48 folds)
# 185: a measure's acronym in brackets no longer hides the word before it ("Diluted earnings
#      per share (EPS) of C$2.14"); metric weights refit with a45 (47 folds)
# 184: the Uzbek soum and the Mongolian tugrik's spellings (blind round a44); metric weights
#      refit with a44 (leave one round out over 46 folds)
# 183: metric weights refit with a43 (leave one round out over 45 folds: rules 0.467 ->
#      learned 0.480)
# 182: more currencies as their own press writes them: Morocco's "DH", Algeria's "DA", "FCFA",
#      Lebanon's "LL", the boliviano's "Bs", "Rwf", the metical's "MT", the kwanza's "Kz"
#      before a scaled sum; "zł4 billion"; "F$", "FJ$", "SI$", "WS$"; a country's letters
#      ("P3 billion" in a Manila story, "K2.1 billion" in a Lusaka one) where the text names
#      the country (country_letters.py)
# 181: an exchange rate quoted per another currency is the currency's ("the kwacha traded at
#      27.35 per dollar"); "imposed fines totalling"; funding verbs ("provided £250,000");
#      a broker's barred header read field by field ("Target price: EUR 18.40 (previous ...)
#      | Last close: ..."), ratings no names; a report's paragraph numbers left out
#      (numbered.py); blind round a42's faults: "crore" names no country, "MAD 508" beside
#      "MAD 15.2 billion", results lines' small and signed values (results_lines.py) and a
#      label's own scale ("(thousand TEU)"), a company's board is the company (organs.py),
#      "S/54.3 million" and "Phase 3" no owners, "dwt"; metric weights refit with a42
# 180: blind round a41's faults: the data lines under a caption that gives their unit ("(TL
#      million unless stated)", "Estimates (EUR million)") are money in it, an estimate
#      expected (caption_units.py); "TL" captions; a story's own word on its currency ("All
#      figures are in New Zealand dollars") sets its "$"; more New Zealand places; metric
#      weights refit with a41's history (guess 1.598 -> 1.588)
# 179: a figure in brackets under the year before's label is its base ("a final dividend of
#      6.8p a share (2025: 5.5p)", "Revenue £412.7m (FY2025: £366.0m)"); the metric refit is
#      byte-identical
# 178: blind round a40's faults: a bare number in brackets after a figure is its prior period
#      in its unit ("SEK 9,416 million (8,817)", prior_brackets.py); a table caption gives its
#      cells' unit ("¥ million unless stated") and "H1 FY2025" heads a base column; "W41,000"
#      is won; "fined Nordhavn 52 million kroner" is no model number; a masthead's bar line
#      is no lead; a sentence's first word that is the figure's measure owns nothing
#      ("Membership grew 7%", measured_owner.py); a dividend per share says so; metric
#      weights refit with a40's history (guess 1.564 -> 1.598)
# 177: metric weights refit with blind round a39's history (guess 1.409 -> 1.564)
# 176: a firm the lead names in full is named again by its short name ("Hoteles Caribe Real
#      S.A." ... "Caribe Real plans"), so it stays the story's firm, not a country named more
# 175: a results line whose label gives its numbers' unit ("Revenue, PLN m: 1,462.3 (1,098.6)",
#      "Net profit (EUR m): 287.4") reads them as money in it (label_units.py); a bracketed
#      figure in the same currency is no conversion; "X (Y)" on a labelled line: Y is a base
# 174: a lead's name the writer acted on in the first person ("This was the year we bought
#      Longmoor Meadows") is not the story's firm: the report's own, from its headline
# 173: kind words of results before a measure ("comparable EBIT margin", "headline earnings per
#      share", "charitable spending"), a participle opening the sentence ("Underlying operating
#      profit rose"); "profit before/after tax" in the vocabulary, so a change in it is no "tax";
#      metric weights refit (guess 1.411 -> 1.409)
# 172: whom a firm told ("told the ASX ... it had received 31,400 claims") owns none of its
#      figures
# 171: a penalty a court orders "the company" to pay is the story's firm's, not the judge's
# 170: the metric chooser never proposes an owner's name as a measure ("the dow jones
#      industrial average added 0.1%" is no "nasdaq composite"); weights refit (guess 1.41)
# 169: metric weights refit with blind round a38's history (the guess threshold 1.67 -> 1.39:
#      48 figures of the BBC + seeds dump gain a metric, "jobless rate", "operating margins")
# 168: blind round a38's money: the Omani rial's baisa, a naira price with kobo ("N17.80"), a
#      count's or a measure's base after a money figure of the same scale ("6 million tonnes a
#      year from 4.5 million" is no rial sum); an owner holding an amount is none
# 167: "the 400m individual medley" and "the 800m semi-final" are race distances, no millions
# 166: a number followed by a clause counts none of its nouns ("22 it charters", "211 became
#      holiday lets": the unit carried from the count before); a plural joined after "and"
#      that takes a hedged amount ("and produces around a fifth") is a verb
# 165: metric weights refit with blind round a37's history; the guess threshold's tie reaches
#      within the best gain's noise (sqrt of its guesses), so the refit does not jump to a
#      spike of the gain curve (BBC + seeds dump unchanged)
# 164: a lede's dateline no dash ends ("Mumbai: Shares of ...", "New Delhi, Dec 3 (PTI) The
#      ...") is not the story's firm; a lower-case story's headline kept as its first line is
#      not its lead (blind round a37, a fresh paste)
# 163: results statements' summary lines: a label before a colon names the measure of a figure
#      in a currency's letter code ("Revenue: MAD 4.26 billion"); a bullet's kind word opens
#      its measure ("\u2022 Net interest margin of 2.71%"); a prior period's value in brackets
#      ("(2025: QR 0.55)", "(previous: PHP 34.00)") measures what the figure before it does
# 162: an existential sentence's figure counted in a place ("There are 37 villages in the
#      county") is the story's own subject's, never the firm the sentence before named
# 161: a hospice, school, college, academy, museum, theatre, library or zoo the story calls by
#      its kind ("the hospice") counts as mentioned for the story's owner (a36)
# 160: fils are the UAE dirham's hundredths in a story the UAE or its dirham names, a dinar's
#      thousandths elsewhere (blind round a36's "dividend of 15 fils"); metric weights refit with
#      a36's history
# 159: metric weights refit with a35's history (no figure of the BBC set, the seeds or the
#      rounds changes)
# 158: blind round a35: a wire dateline's words do not count against the lead's subject ("HELSINKI,
#      July 23 (Nordwire) - Finnish sauna heater maker Lampokivi Oyj reported"); a newsletter's
#      greeting and a byline's newsroom title line are no lead, and bylines own nothing; a
#      name after "went to" is no lead's subject
# 157: metric weights refit with a34's history (the BBC set's "analysts had expected 34 cents"
#      is no longer guessed a share price)
# 156: blind round a34: a heading in capitals opening on a function word ("THE HEADLINE NUMBER")
#      and a newsroom title ("Health Correspondent") are no story owner; a name whose kin the
#      story speaks of ("Orla Finnegan's son") is a person's; an opening participle phrase
#      ("Excluding items, the company earned") is not the clause's subject
# 155: one price in several currencies keeps its measure ("$229 in the United States, £209 in
#      Britain and €239 in Germany"); a level reached after a time phrase measures the subject
#      ("The average fare rose 6% this year to £45")
# 154: "Shs" and "shs" are Uganda's shilling unless the story names another shilling country
#      (both were fixed codes apart: "Shs" always UGX, "shs" Kenya's by default)
# 153: an existential sentence's figure counted in the story's own place or body ("There were
#      4,182 properties ... in the county", "There are 3,170 households on its waiting list") is
#      the story's; metric weights refit with a33's history (they change no figure of the BBC
#      set, the seeds or the label rounds)
# 152: blind round a33: a broadcaster's masthead line ("Aire Valley Radio News on 104.9 FM") and
#      a newsroom's desk ("the Third Sector Desk") own nothing; an apposition's kind names its
#      body ("Harewood House, the children's hospice ... The hospice cares for"); a newcomer
#      set in a place owns the figure ("A bakery in Kendal"); a figure heading its clause
#      before "will begin/cost/open ..." or in an event's "of" phrase before "will" is planned
# 151: a name the sentence before gives a person's title ("Opposition councillor Mary Adebayo
#      said ...") is not whom "The council's" or "Its" means; "reserves" in the metric vocabulary
#      (metric weights refit)
# 150: blind round a32: the headline settles a currency several countries use ("Chile's ...
#      pesos"); ISO codes in lower-case text before a scaled sum or thousands ("ugx 112.4
#      billion") and East Africa's "shs", "ksh", "ush", "tsh"; a count per one of something is a
#      rate ("1.16 children per woman")
# 149: blind rounds a30 (markets) and a31 (public sector): a home dollar named once as the seat of
#      its own government ("tabled in NSW Parliament"); "Press release - Environment Agency" no
#      lead; "The company was fined" in an agency's release is the registered company named
#      before; an adverb between a subject and its verb ("the club still owes"); longer lower-case
#      names before a past verb; "the year before" / "the previous year" mark a base; "in a
#      preliminary estimate" a forecast; payers listed with the verb left out share its plan;
#      what a vote approves is planned; "MAD 3,420" (word-like codes before thousands, not
#      "TOP 1,000"); Ch$, Col$, Ar$; temperatures no figures, "°C" and "Celsius" no names; a
#      firm's name in capitals opening a release; a headline's firm with its listing
# 148: a caption over a table ("Revenue by segment") names what its rows measure: "first opinion
#      revenue" (tables.py)
# 147: blind round a29's styles (figures/*): a dollar's letters cut off a lead's figure are no firm
#      ("NT$486 million"); a desk's byline with its city ("Staff writer, Taipei") is no lead; a
#      pollster ("Analysts polled by LSEG") is not whom "the bank" means; a wire's instrument code
#      ("(AMKRN.IS)") and an acronym defined for a thing ("orange juice (FCOJ)") own nothing; a
#      number after a month is a date only as a day or a year ("September 412 households"); the
#      part named after "of them" is its unit; "141 paid": past verbs without -ed after an
#      elided count; "64.35 TL"; a sum's plain base ("14,200 lira ..., against 10,900"); decibels
#      a measure; "up 6.1 percent from October" is no plan; datelines in accented capitals; a
#      provision "for expected credit losses" is no expectation; money raised "to open another
#      18 clubs": the clubs are planned; a bare "N" before a sum in thousands is the naira
#      ("N1,200"); "volume(s)" and "sales by volume" in the metric vocabulary; metric weights
#      refit with a29's history
# 146: a story's dateline place settles a currency several countries use ("KARACHI ... Rs 1.9
#      billion" is PKR; enrich passes Story.dateline); Hyderabad names no rupee
# 145: a word-like ISO code before a price per unit is money ("RON 468 per MWh"); energy units and
#      TEU are no names
# 144: the learned metric choice hears a staffing verb ("add", "cut", "employ") as jobs only for a
#      count of people or jobs ("will add 20 aircraft" was jobs added); metric weights refit
# 143: "set a budget of £46.8m" is planned (budgeted.py)
# 142: a common word opening a sentence-case headline ("Brother ordered to ...") is no firm and no
#      owner vote (owner.py)
# 141: the letters of common things ("EV", "GDP", "VAT", "SUVs", "R&D") are no names (name_words.py)
# 140: metric weights refit with attrib_a28 (after its blind score)
# 139: "Rs"/"rupees" are the rupee of the country the story names (Sri Lanka's, Pakistan's,
#      Nepal's ...; India's else; "Rs." no longer ends a sentence); pesewas, fils (a dinar's
#      thousandths), "7.8ppl" (pence a litre); hectolitres a measure
# 138: more irregular verbs act on a count ("found 200 mouse droppings": droppings found); a
#      count that is a reported clause's subject ("found 7,000 people had entered") is not acted on (verbed.py)
# 137: Indian digit grouping ("₹1,20,000 crore", "12,50,000 units"); a spaced percent sign ("3.5 %")
# 136: scale words in capitals ("$2.5Bn", "$2.5BN", "$40Mn"), a US desk's "$5MM", a spaced "$ 5 million"
# 135: currencies in letters as their own press writes them: SR, QR, KD, BD, RO, JD, LE, E£,
#      Ksh, Shs, USh, TSh, GH¢, Bt, TL, CFA, SFr, W and Br before a scale, J$ TT$ Mex$ N$ and
#      other dollars, "21.7 billion Ft" / "5 billion TL" (patterns.py, currencies.py)
# 134: a press release's dateline, a Title-case place with the full date ("Tel Aviv, December 2,
#      2026 – "), is read as a dateline, not an owner (proper_nouns.py)
# 133: a dividend a board declares or recommends is planned (planned.py); "than the previous
#      quarter's X" is a base (bases.py)
# 132: metric weights refit with attrib_a27 (after its blind score)
# 131: the sol's "S/", Israel's "NIS" and agorot, halalas, piastres, other countries' pounds
#      ("Egyptian pounds"); a word-like code before hundredths ("SAR 2.20"); cubic metres
#      ("520,000m³"); an ISO code before a number is no owner; "3.4 On-call fire engines" at a
#      paragraph's start is its number
# 130: livestock counted in "head" ("(948 head)", "238 head of cattle"; counted.py); a letter's
#      "we" share counts its prose sentences only, not salutation or signature lines (first_person.py)
# 129: a result restated per share (", or 17 cents") is earnings per share with the result's
#      status (restated_per_share.py); "must still find £6.2m" is planned (budgeted.py)
# 128: a list's rows take a forward-looking lead-in's status ("will change as follows:",
#      lead_in_status.py); "(now 13.96p)", "(was £1.80)" are bases (bases.py) measuring their
#      row's label (labelled.py)
# 127: an act written as a noun before a count names it done ("the sale of 1,146 sheep": sheep
#      sold; "the closure of 40 branches": branches closed; verbed.py)
# 126: "The budget also sets aside $45m" is planned (budgeted.py); a numbered road ("Highway 6",
#      "Route 9") owns nothing (proper_nouns.py)
# 125: a bracketed list item measures what its list does ("ahead of Kallo (11%)", list_items.py);
#      "research firm X" names no R&D (vocabulary.phrases_in)
# 124: an owner no word of names ("Monday", "October's", "If you", "In August it") is dropped
#      (resubject.named_owners); "Tk 3.12" names no owner
# 123: an outlook verb reaches its "to be between X and Y" across a long subject (far_outlook.py);
#      "an increase of between 22% and 30.5%" shares the forecast status of what it moves
# 122: a bare "$" in a story set in a dollar country other than the US is its dollar, and
#      "cents" the home currency's (home_currency.py); taka written "Tk"; "and the EU 37
#      percent" is a list item of the EU's (list_items.py), not a model number
# 121: a figure alone in brackets after a name is that name's, measuring what the list's
#      figure before it measures ("ahead of Apple (18%)", list_items.py)
# 120: a text written as "we" gives its "we" figures to its writer (first_person.py)
# 119: a clause opener ("Because", "Although") or an amount in a currency's letters ("RM1.47bil")
#      is no name (name_words.not_name)
# 118: currencies as their own press writes them: RM and "mil"/"bil", sen, Dh, Rp, Sh/KSh, N
#      before a scaled amount, more currency names (patacas, kwanza, ...); "units sold" for a
#      quantity in a unit of measure counts as no metric (continued.py)
# 117: metric weights refit with attrib_a25 (after its blind score)
# 116: a headline's capitalised first word that is an English word ("Tram") is no name by that alone (common_words.py)
# 115: 113's generated-title change reverted (figures as at 112; held-out subject fell)
# 114: metric weights refit with attrib_a24 (after its blind score)
# 113: a title generated from the lede only ranks, names no owner (reverted in 115)
# 112: a transcript's speaker label ("HENRIK DAHL, CFO: ") is no owner and opens its turn
# 111: filing field lines ("RNS Number: 4417K") neither lead nor figure; two-city datelines; a tabloid's capitals opening; scale words in capitals
# 110: metric weights refit with attrib_a23 (after its blind score)
# 109: a figure compared with a group's ("against 2.6% for those on a placebo") is the group's (compared.py, subject29)
# 108: a seller's charge at a rate ("charges £7 a month", "£7 a month for its plan") is a price (money_metric.py)
# 107: "kroner"/"krone" is Danish or Norwegian, never Swedish (local_currency.py)
# 95: session 21: nationalities listed, he/she/its-rival owners, sources, rank lists, bases
#     and plans (status23, status24), compound metric names (metric24-26), subject22/23,
#     metric weights with a16-a18
# 18: status and hedge on every figure, clause subjects, metric vocabulary, words and pairs
# 40: owner fallback, verb-derived count metrics, "N of X's M" counts
# 39: the learned metric retrained with attribution round 7
# 38: names with accented, Nordic, Slavic, Greek or Cyrillic letters (letters.py)
# 37: a lower-case "she/he" clause never shows the parser's person placeholder (whose.py)
# 36: "it" after a description ("This HBM strength helped it"); "Data from X showed Y held"
# 35: a sale's terms, what someone wants, a change taking effect later are planned (status.py)
# 34: a sum before what it pays for ("the $500 billion Stargate project", parse.py)
# 33: a bare growth percentage collapses into the same owner's named one (rank.py)
# 32: "N% of the X market" is a market share; a report's source is not the owner
# 31: a contracted "will" ("they'll spend"), a "guidance:" label (status.py)
# 30: the learned metric retrained with attribution round 6
# 29: the metric chosen by learned weights (metric_model.py)
FIGURES_VERSION = "395"
# 94: session 20 (metric23, subject21, the lead's subject and count rules; the standfirst read)
# 92: coordinated measures ("cash and equivalents")
# 91: merge of metric21 (verbed counts, joined clauses, fuller names, exchange rates, transfer fees, unemployed, votes)
# 90: merge of subject19 (owners: plural-looking names, Bank of X, analysts' employers, market-wide figures, limits, sources)
# 89: a table's cells read by row label and column header (tables.py); a title-case headline lends no words to the owner
# 88: merge of metric20 (X to GDP, a measure defined in an aside, respectively, plan prices, compensation and earnings)
# 87: merge of status19 (planned.py: prices that will rise, expects to open, jobs at risk, agreed to raise; periods from the figure on)
# 86: a clause with a subject of its own after the figure ("as it raised prices") lends no metric
# 85: merge of metric19 (premodified measures, around.py)
# 84: merge of subject18 (markets, official statistics, lower-case references, stakes owned by)
# 83: a pay or wage offer is planned
# 82: "may" the month is no forecast; a participle hung on a clause that looks ahead takes its status
# 81: money cost at a rate ("costing shippers about £9m a day") is a cost, not a salary
# 80: a bare scaled number takes no currency from a money figure in a clause of its own
# 79: a sum written in pence is shown in pence ("184p", was "£1.84")
# 78: a name set off by a description opens its sentence ("Tesco, the supermarket chain, said")
# 77: jobs lost with a closure are jobs cut ("with the loss of about 340 jobs")
# 76: "trn", "bln", "mln" scale a figure ("£2trn" was £2)
# 75: the merge of 71 (main) and 74 (metric18), whose steps were:
# 74 (metric18): money that passes through a firm is its volume ("processed €142bn of payments")
# 73 (metric18): a bare gap by what it is in ("a £18m gap in next year's budget": budget gap;
#     after "funded": funding gap, qualify.py)
# 72 (metric18): a budget keeps the word that says which ("its capital budget"); a bare profit
#     or loss the kind the story named ("pre-tax loss of £22.6m, against a profit of £4.1m")
# 71 (metric18): a typical or average item's cost or repricing is a price; a per-share offer
#     an offer price
# 70 (metric18): counted things by what is done to them or what they are ("sell 24m shares":
#     shares sold; "cut prices on 1,500 lines": price cuts; "12 of its 40 stores are
#     loss-making")
# 71: the common-noun owner rule of 67 (subject17) withdrawn (did not carry to held-out text)
# 70: the merge of 69 (main) and 67 (subject17)
# 69: money lost or saved at a rate ("losing about £2,000 a week") is losses or savings, not pay
# 68: the merge of 67 (main: money as written) and 67 (metric17)
# 67: money shown as written: pence under £1 ("34p"), prices with their pennies ("£1.20")
# 67 (metric17): the metric as the sentence names it: a bare measure keeps the words that say
#     which ("organic growth", "sales growth", "US sales" from "Sales to the US", "wholesale egg
#     price" from "prices for a dozen eggs", "spending per visitor"); prize money, revenue a
#     thing brings in, what one item costs, payouts per unit, buybacks; goods produced/imported;
#     "by volume", cost of debt, limits, peaks, shares "of" a noun (qualify.py)
# 67 (subject17): owners a clause names by a common noun (actors.py: "The runners-up won $2 million",
#     "Heavy vehicles made up 17%"), standing population counts owned by no one ("900,000
#     homes have rooftop panels"), a place before the tax it sets ("a 10% US tariff"), "the
#     city council" a body, a lower-case firm without its description ("uk lender ...")
# 66: the merge of 65 (main: metric16) and 65 (counts16)
# 65: the merge of 64 (main) and 64 (metric from the clause's shape, metric16)
# 65 (counts16): counts whose noun is elided or written apart (elided.py): a plain base "down
#     from 390", a move "rose to 730 from 615", "Just 28 of the 1,200", "opened 64 shops and
#     closed 19", "410 of them"; "the 1,200" takes its earlier noun; crew, poultry, "-men",
#     "sales staff"; a count that answers ("28 ... said they would") is actual; addresses,
#     labels ("Section 21"), rank groups ("the 1,000 richest", "the top 1,000") are no figures
# 64: the metric from the clause's shape (shapes.py): the subject of a verb of level ("overseas
#     enrolments had dropped to 2,460"), the object of a verb setting a level ("raise its entry
#     fee from $35 to $45"), a plan to spend on something new an investment
# 64: crowns and pesos by capital city; a lower-case measure phrase holding "its" is the
#     firm's; "founded as" opens no clause (clause.py)
# 63: a planned figure carries past a decimal conversion ("3 trillion won ($2.1 billion) in …, creating 1,800 jobs", carry.py)
# 62: "Its" never means a person named with a title in the sentence before (coreference.py)
# 61: the merge of 60 (main) and 59 (whose and status, attrib15)
# 60: the merge of 59 (units, main) and 59 (metric, attrib14)
# 59: unit abbreviations measure ("3,000 km", "150 mm", "70 mph" a speed)
# 59: a one-word metric made whole by the figure's own noun phrase ("net profits", refine.py)
# 59: whose and status (attrib15): route ends, destinations, founders and a firm whose parent an
#     apposition names own nothing; "Lenvar kept", "Kyoto, which" are names; "Its" after a
#     sentence naming one firm, after "X said", and in a paste ("..., Medway Health said");
#     a headline-only firm the lead calls "the airline"; "the race" means "X Marathon";
#     "the board" is its firm; lower-case acting groups ("suppliers had built up"). Status:
#     "planned depots", "a £9bn plan", "due to begin", "will be capped at", an offer's value,
#     the part of "Twelve of its 40 ... will be closed", a second verb after "and", "as
#     recently as" (base); then markets ("Sales to the US"), places "near" or ", in X,", givers
#     ("budget from Congress"), names in a closed relative clause; lower-case "the X group,
#     which ..."; "Union leaders" counts for the union; "would import", "will receive"
#     planned; analysts' forecasts after "against the" expected
# 58: the merge of 57 (metric, attrib12) and 57 (subject, attrib13)
# 57: measures kept whole ("merchandise revenue", compound.py), shipments/deliveries,
#     counting units, "N% full", "in prize money", "pays him", "points a game" (attrib12)
# 57: whose: people in a place own their figures ("Nurses in Scotland"), an author after "by"
#     never leads the story, "the Hawks" names "Portland Hawks" again, "It paid ..." counts for
#     the story's owner that last opened a sentence, a headline plural the story writes
#     "runner" is no name
# 56: the merge of 55 (metric, attrib10) and 55 (subject and status, attrib11)
# 55: intentions with any to-infinitive ("aimed to hire"), plans, demands, pledges (intent.py)
#     and decided price/pay changes ("fares will rise") are planned, not after a result verb; a
#     place modifying the firm's description ("The US carmaker's") is no owner; the lead's
#     firm named in the headline is the story's
# 55: a measure from the noun phrase a figure sits in ("prize money of A$1m", "a £50m grant",
#     measured.py), the subject after a verb of saying, "will cost" a cost unless one item or
#     a small sum; the learned metric weighs that head and may replace a unit named as metric
# 54: the setting rule of 41 dropped (it lost subject agreement on held-out rounds 8 and 9)
# 53: "the Chinese tech giant", "the company's New York-listed shares" mean the firm (clause.py)
# 52: a function word before "'s" ("that's within 1,200 miles") is no owner (whose.py)
# 51: seats and beds are capacity; a function word ("this") is no metric
# 50: money an appeal or campaign raised is donations
# 49: a title before a comma ("chief executive, Lena Sjöberg") and leaders, chancellors,
#     professors name a person, never the firm "it" refers to; "No 9" is not a name
# 48: people a moving level counts are the measure ("Passengers rose 4% to 12.1 million")
# 47: a status noun ("earlier forecast", "own target") is no measure; a bare count written as a
#     forecast or target in a sentence of its own follows the count before it (follow.py)
# 46: money "in" what it is made of ("£410m in flood claims"); operating/net/pre-tax losses,
#     youth unemployment, wage bill in the vocabulary
# 45: a tally names what it counts ("passenger numbers"); "aims to have", "approval to expand"
#     are planned; a base before "as" is a base
# 44: a measure of a place ("Unemployment in Ireland") is the place's, not a setting
# 43: shares of a vote are votes; "expects arrivals to reach N"; a base after a change takes the
#     measure of the figure the change is of
# 42: pledges, commitments and what money would pay for are planned; a list or participle
#     clause under a planned or forecast verb shares its status (carry.py)
# 41: a count's noun class names its measure (classes.py); common-noun openers and settings
#     ("Turnover fell", "in Yorkshire", "In North America the film") are not owners
# 28: a measure phrase's owner ("sydney home prices")
# 27: power symbols, capacity sizes, "Channel 12 keeps"
# 26: comparison followers, owners that are the measure
# 25: bases, requests and range status (status.py)
# 24: metric from the governing noun phrase's head (heads.py)
# 23: cents in a euro story are euro cents
# 22: a headline's first word is a name only when it can be one
# 21: attribution round 4 (relative clauses, estimates, unseen measures)
