// engine/compiler/lexicon/lexicon_data.h — general-knowledge word lists (no names of
// people or places: those come from Debian data packages).
#pragma once

namespace kg::compiler {

inline constexpr const char* kPersonTitles =
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Fr Father Sister "
    "PC DC WPC Sgt Sergeant DS DI DCI Det Detective Insp Inspector Supt Superintendent "
    "Constable Commissioner Commander Chief Officer Captain Capt Lt Lieutenant Col Colonel "
    "Gen General Major Cllr Councillor Mayor President Senator Judge Justice Minister MP MSP MEP "
    "Ex-PC Former former Ex ex Deputy Assistant Acting Coach Manager Director "
    // public life
    "Secretary Chairman Chairwoman Chancellor CEO Bishop Archbishop Cardinal Pope Rabbi Imam Pastor "
    "President-elect Vice-President Doctor Governor Ambassador Premier Congressman Congresswoman "
    "Rep Sen Gov Speaker Admiral Marshal Brigadier Corporal Private Attorney Spokesman Spokeswoman "
    "Spokesperson King Queen Prince Princess Emperor Empress Duke Duchess Earl Countess Baron "
    "Baroness Marquis Sheikh Chief-Executive";

// More titles for the rules only: the name tagger was trained with the cue list above
// (IsTitleCue), and a longer cue list gives other weights.
inline constexpr const char* kMoreTitles =
    "Administrator Undersecretary Chair Treasurer Curator Madame Mademoiselle Monsieur Mme Mlle "
    "Tsar Tsarina Tsarevna Tsarevich Kaiser Sultan Emir Patriarch Deacon Vicar Abbot YouTuber";

// Roles held in an organisation or a place, which head a run "Fellow of the Royal Society",
// "Earl of Clare" without being part of the name; titles are roles too.
inline constexpr const char* kRoleNouns = "Fellow Member Head Founder Co-founder Dean Rector Master Bachelor MVP";

inline constexpr const char* kOrgWords =
    "Police Constabulary Service Services Force Council Ministry Department Agency Bureau Office "
    "Authority Commission Committee Trust Foundation Charity Society Association Union Party "
    "Company Corporation Group Ltd Limited Inc Plc PLC LLC Bank University College School Academy "
    "Institute Hospital Court Parliament Government Army Navy Brigade Regiment Club Team "
    "Church Network Guild Federation League Alliance Coalition Institution Museum Library "
    "News Newspaper Times Post Herald Gazette Guardian Telegraph Mirror Express Mail Chronicle "
    "Observer Journal Argus Courier Tribune Bulletin Sentinel Advertiser Clarion Ledger Broadcast "
    "Books Publishing Publishers Pictures Films Productions Entertainment Holdings Partners Capital "
    "Ventures Foods Motors Airlines Airways Systems Technologies Solutions Labs Energy Logistics "
    "Homes Developments Properties Bakery Brewery Pharmacy Surgery Clinic Unit Squad Division Directorate "
    "Echo Wire Press Media Broadcasting Radio TV Television Studios Records Prison FBI "
    "FC AFC United Rovers Wanderers Athletic Albion Hotspur Rangers "
    "BBC ITV NHS";

// More organisation words for the rules only (the name tagger's cue list is kOrgWords: see
// kMoreTitles).
inline constexpr const char* kMoreOrgWords =
    "Corps Corp Co SA AG GmbH NV BV SpA Srl LLP Pty Bhd Industries Enterprises Associates Cooperative "
    "Collective Consortium Syndicate Fund Brotherhood Fellowship Assembly Congress Senate Cabinet Tribunal Board "
    "Chamber Caucus Militia Cartel Orchestra Choir Ensemble Laboratories Railway Railways Railroad "
    "Communications Telecom Pharmaceuticals Insurance "
    // The same kinds of body in the languages whose names news quotes untranslated.
    "Instituto Istituto Institut Universidad Università Universität Universidade Université Universiteit "
    "Akademie Académie Accademia Colegio Collegio Liceo Lycée Hochschule Escuela École Scuola "
    "Banco Banca Banque Partido Partito Parti Partei Movimiento Mouvement Ministerio Ministero "
    "Ministère Ministerium Fundación Fundação Fondazione Fondation Stiftung Comité Comitato Consejo Consiglio "
    "Conseil Asociación Associazione Associação Sociedad Società Société Gesellschaft Compañía Compagnie "
    "Companhia Grupo Gruppo Groupe Verein Agenzia Agencia Agence Servicio Servizio Ejército Esercito Armée";

// Buildings and sites, which name a place even where an institution of the same name works
// there ("Carnegie Hall", "the Museum of Modern Art"); the head of a name, not any word of it.
inline constexpr const char* kFacilityWords =
    "Museum Gallery Hall Cemetery Stadium Arena Hospital Infirmary Cathedral Abbey Palace Castle Tower "
    "Theatre Theater Airport Tube Tunnel Centre Center Archive Archives Temple Mosque Synagogue Chapel "
    "Basilica Shrine Prison Zoo Monument Mall Hotel Casino Observatory Lighthouse Pier Fort Fortress "
    "Planetarium Aquarium Complex Facility Base Towers Playhouse Library Pavilion Auditorium Ballpark "
    "Racecourse Velodrome Courthouse Terminal";

// Words that close the name of a periodical: "Time Magazine", "LA Weekly". (Not in kOrgWords,
// whose words are also the taggers' cues.)
inline constexpr const char* kPeriodicalWords = "Magazine Weekly Daily Monthly Quarterly Digest";

inline constexpr const char* kAwardWords =
    "Medal Award Prize Order Trophy Honour Honor Cup Star MBE OBE CBE BEM KBE DBE QPM";

inline constexpr const char* kPlaceWords =
    "Street St Road Rd Avenue Lane Square Park Bridge River Lake Station Airport Estate Hill "
    "Terrace Crescent Close Drive Gardens Grove Mews Parade Quay Wharf Row "
    "Valley County City Town Village Harbour Port Green Market Heath Common Mount Island Bay";

// Familiar forms of given names and the names they shorten ("Larry:Lawrence"): one person in
// "Larry Lessig" and "Lawrence Lessig".
inline constexpr const char* kGivenNameForms =
    "Larry:Lawrence Larry:Laurence Bill:William Billy:William Will:William Bob:Robert Bobby:Robert Rob:Robert "
    "Dick:Richard Rick:Richard Rich:Richard Jim:James Jimmy:James Jamie:James Mike:Michael Mick:Michael "
    "Mickey:Michael Tom:Thomas Tommy:Thomas Tony:Anthony Dave:David Steve:Steven Steve:Stephen Joe:Joseph "
    "Ben:Benjamin Sam:Samuel Alex:Alexander Sandy:Alexander Andy:Andrew Drew:Andrew Chris:Christopher "
    "Chris:Christine Dan:Daniel Danny:Daniel Ed:Edward Eddie:Edward Ted:Edward Ted:Theodore Theo:Theodore "
    "Fred:Frederick Greg:Gregory Jack:John Johnny:John Jon:Jonathan Ken:Kenneth Matt:Matthew Nick:Nicholas "
    "Pat:Patrick Pat:Patricia Pete:Peter Phil:Philip Ron:Ronald Tim:Timothy Walt:Walter Kate:Katherine "
    "Kate:Catherine Cathy:Catherine Katie:Katherine Liz:Elizabeth Beth:Elizabeth Betty:Elizabeth Meg:Margaret "
    "Maggie:Margaret Peggy:Margaret Sue:Susan Jen:Jennifer Jenny:Jennifer Abby:Abigail Becky:Rebecca "
    "Vicky:Victoria Mandy:Amanda Debbie:Deborah Jeff:Jeffrey Jeff:Geoffrey Jerry:Gerald Gerry:Gerald "
    "Charlie:Charles Chuck:Charles Hank:Henry Harry:Henry Ray:Raymond Don:Donald Doug:Douglas Frank:Francis "
    "Gene:Eugene Al:Albert Bert:Albert Ernie:Ernest Herb:Herbert Tina:Christina Kim:Kimberly Pam:Pamela "
    "Patty:Patricia Trish:Patricia Sally:Sarah Molly:Mary Polly:Mary Nell:Eleanor Ellie:Eleanor Josh:Joshua "
    "Zach:Zachary Nate:Nathan Nate:Nathaniel Gabe:Gabriel Vince:Vincent Terry:Terence Toby:Tobias "
    "Wes:Wesley Russ:Russell Stan:Stanley Sid:Sidney Max:Maximilian Nick:Nicolas Fran:Frances Val:Valerie";

inline constexpr const char* kRegionNames = "europe africa asia america oceania antarctica";

inline constexpr const char* kWorkNouns =
    "book books novel memoir autobiography biography film movie documentary series show "
    "programme program album song play podcast video article poem";

inline constexpr const char* kOccupations =
    "dealer officer constable policeman policewoman gangster firefighter author writer teacher "
    "student nurse doctor journalist reporter manager director actor actress singer footballer "
    "lawyer solicitor soldier driver chef farmer builder engineer scientist politician mechanic "
    "pilot priest boxer artist musician photographer detective robber criminal mentor campaigner "
    "lifeguard paramedic plumber electrician carpenter cleaner waiter waitress shopkeeper newsagent "
    "headteacher accountant councillor businessman businesswoman volunteer coach striker goalkeeper "
    "midwife surgeon vicar barrister postman postwoman carer porter miner fisherman sailor architect "
    "dentist pharmacist vet librarian poet novelist playwright filmmaker presenter broadcaster gunman";

// More words for what people are or do, for the rules only (the name tagger's cue list is
// kOccupations: see kMoreTitles).
inline constexpr const char* kMoreOccupations =
    "designer veteran interviewee activist lawmaker legislator spokesman spokeswoman spokesperson official "
    "analyst researcher professor lecturer historian economist biologist physicist chemist astronomer "
    "mathematician linguist philosopher composer painter sculptor dancer comedian rapper guitarist drummer "
    "pianist producer editor columnist blogger vlogger entrepreneur investor banker executive diplomat "
    "ambassador senator congressman congresswoman protester prosecutor defendant suspect victim witness "
    "survivor candidate nominee incumbent midfielder defender winger pitcher quarterback";

// Verbs that attribute a quotation: "'...,' Mr Smith explained."
inline constexpr const char* kSpeechVerbs =
    "said says explained recalled told added continued concluded admitted remembered announced";

// Nouns that introduce or follow an organisation's name: "the charity X", "the X campaign".
inline constexpr const char* kOrgNouns =
    "charity group project campaign organisation organization company firm business band club team "
    "initiative scheme movement network brand label agency trust bank retailer chain supermarket "
    "developer publisher studio startup start-up manufacturer insurer consultancy bakery";

// Nouns that follow a place's name and are part of it when "the" comes first: "the Atlantic pub".
inline constexpr const char* kVenueNouns =
    "pub bar station hospital prison school restaurant hotel club church library stadium market park estate bridge";

// Letters after a name that are not part of it: "Helena Markwick KC", "Jo Bell MBE".
// Honours, fellowships and degrees written after a name (British and Commonwealth orders).
inline constexpr const char* kPostNominals =
    "KC QC MP MEP MSP MBE OBE CBE BEM PhD JP Jr Sr Jnr Snr DBE KBE GBE KCB GCB KCMG GCMG KCVO GCVO OM "
    "FRS FRSE FBA FREng FRCP FRCS FRSC FMedSci FAA RA DPhil";

// Capitalised words and acronyms of everyday language that name nothing.
inline constexpr const char* kNotNames =
    "OK CCTV DNA GP ID PIN ATM ICU CEO PhD SUV HIV GCSE GCSEs MBA PE IT HR PR AI TV UFO VIP LGBT "
    "GMT UTC BST EST EDT PST PDT CET MVP RBI POV DIY FAQ PDF URL USB GPS DVD CD GDP CPI UAV ROV RPG FPS "
    "CPR IQ VR BDSM MRI CT ADHD PTSD RSVP "
    "Nan Mum Dad Mam Gran Grandad "
    "Christmas Easter Halloween Thanksgiving Ramadan Eid Diwali Hanukkah Passover Lent Advent";

// Family and partner words, by what they say of the person they name ("her husband, X").
inline constexpr const char* kMaleKin =
    "husband son father dad brother grandfather grandson uncle nephew stepfather stepson widower";
inline constexpr const char* kFemaleKin =
    "wife daughter mother mum sister grandmother granddaughter aunt niece stepmother stepdaughter widow";
inline constexpr const char* kOtherKin = "cousin";
inline constexpr const char* kMalePartners = "boyfriend fiance";
inline constexpr const char* kFemalePartners = "girlfriend fiancee";
inline constexpr const char* kOtherPartners = "partner ex-partner";

inline constexpr const char* kMonthsAndDays =
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday";

// The abbreviations news style gives the states of the United States ("Boston, Mass."), as
// "abbreviation=state" pairs separated by "|".
inline constexpr const char* kStateAbbreviations =
    "Ala.=Alabama|Ariz.=Arizona|Ark.=Arkansas|Cal.=California|Calif.=California|Colo.=Colorado|"
    "Conn.=Connecticut|Del.=Delaware|Fla.=Florida|Ga.=Georgia|Ill.=Illinois|Ind.=Indiana|Kan.=Kansas|"
    "Kans.=Kansas|Ky.=Kentucky|La.=Louisiana|Md.=Maryland|Mass.=Massachusetts|Mich.=Michigan|"
    "Minn.=Minnesota|Miss.=Mississippi|Mo.=Missouri|Mont.=Montana|Neb.=Nebraska|Nebr.=Nebraska|"
    "Nev.=Nevada|N.H.=New Hampshire|N.J.=New Jersey|N.M.=New Mexico|N.Y.=New York|N.C.=North Carolina|"
    "N.D.=North Dakota|Okla.=Oklahoma|Ore.=Oregon|Oreg.=Oregon|Pa.=Pennsylvania|Penn.=Pennsylvania|"
    "R.I.=Rhode Island|S.C.=South Carolina|S.D.=South Dakota|Tenn.=Tennessee|Tex.=Texas|Vt.=Vermont|"
    "Va.=Virginia|Wash.=Washington|W.Va.=West Virginia|Wis.=Wisconsin|Wyo.=Wyoming";

}  // namespace kg::compiler
