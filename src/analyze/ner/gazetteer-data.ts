/**
 * Our own name lists for the tagger's gazetteer features (written by the team from general knowledge, one
 * entry per line, '|' separates entries on a line). They only add features: the model learns how much to
 * trust each list, so coverage matters more than purity.
 */

export const COUNTRIES = `
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Bosnia and Herzegovina
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China
Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica
Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia
Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan
Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya
Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma
Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar
Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore
Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria
Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu
Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales
Northern Ireland|United States|U.S.|US|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam
Yemen|Yugoslavia|Zambia|Zimbabwe|Soviet Union|USSR|Czechoslovakia|Hong Kong|Macau|Greenland|Puerto Rico
Crimea|Chechnya|Kurdistan|Tibet|Gaza|Gaza Strip|West Bank|Donbas|Donbass|Transnistria|Abkhazia|Ossetia
`;

export const PLACES = `
London|Paris|Berlin|Moscow|Kyiv|Kiev|Washington|New York|Beijing|Tokyo|Brussels|Rome|Madrid|Lisbon|Vienna
Warsaw|Prague|Budapest|Bucharest|Sofia|Athens|Ankara|Istanbul|Cairo|Tehran|Baghdad|Damascus|Beirut|Amman
Jerusalem|Tel Aviv|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai
Bombay|Calcutta|Kolkata|Dhaka|Colombo|Bangkok|Hanoi|Manila|Jakarta|Kuala Lumpur|Seoul|Pyongyang|Taipei
Shanghai|Canberra|Sydney|Melbourne|Wellington|Auckland|Ottawa|Toronto|Montreal|Vancouver|Mexico City
Havana|Bogota|Caracas|Lima|Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Montevideo|Quito
Nairobi|Lagos|Abuja|Johannesburg|Pretoria|Cape Town|Addis Ababa|Khartoum|Tripoli|Tunis|Algiers|Rabat
Kinshasa|Luanda|Harare|Kampala|Dakar|Accra|Mogadishu|Geneva|Zurich|Bern|Amsterdam|The Hague|Rotterdam
Frankfurt|Munich|Hamburg|Bonn|Cologne|Copenhagen|Stockholm|Oslo|Helsinki|Dublin|Edinburgh|Belfast
Manchester|Liverpool|Birmingham|Glasgow|Milan|Naples|Barcelona|Marseille|Lyon|Nice|Strasbourg|Luxembourg
Minsk|Vilnius|Riga|Tallinn|Chisinau|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Belgrade
Zagreb|Sarajevo|Ljubljana|Skopje|Tirana|Pristina|Podgorica|Bratislava|Odesa|Odessa|Kharkiv|Kharkov|Lviv
Dnipro|Zaporizhzhia|Kherson|Mariupol|Donetsk|Luhansk|Bakhmut|Avdiivka|Kursk|Belgorod|Sevastopol
St Petersburg|St. Petersburg|Saint Petersburg|Leningrad|Chicago|Los Angeles|San Francisco|Boston|Houston
Dallas|Miami|Atlanta|Seattle|Detroit|Philadelphia|Denver|Phoenix|Las Vegas|New Orleans|Hollywood|Texas
California|Florida|Ohio|Michigan|Pennsylvania|Virginia|Arizona|Nevada|Alaska|Hawaii|Oregon|Illinois
Gdansk|Krakow|Gothenburg|Antwerp|Rotterdam|Hong Kong|Singapore|Gaza City|Rafah|Khan Younis|Ramallah
Europe|Asia|Africa|North America|South America|Latin America|Middle East|Far East|Balkans|Caucasus
Scandinavia|Baltic|Baltics|Siberia|Central Asia|Southeast Asia|Pacific|Atlantic|Arctic|Antarctica
Mediterranean|Black Sea|Red Sea|Baltic Sea|North Sea|Persian Gulf|Gulf|Caribbean|Sahara|Sahel|Kashmir
Western Europe|Eastern Europe|Horn of Africa|Indian Ocean|Pacific Ocean|Atlantic Ocean|Strait of Hormuz
Danube|Rhine|Thames|Nile|Volga|Dnieper|Alps|Himalayas|Andes|Urals|Yangtze|Amazon|Mississippi|Wall Street
`;

export const ORGS = `
NATO|Nato|UN|U.N.|United Nations|EU|E.U.|European Union|European Commission|European Parliament|OSCE|IAEA
WHO|World Health Organization|World Bank|IMF|International Monetary Fund|WTO|World Trade Organization|OPEC
OECD|G7|G8|G20|ASEAN|African Union|Arab League|UNESCO|UNICEF|UNHCR|Red Cross|Security Council
UN Security Council|General Assembly|Interpol|Europol|ECB|European Central Bank|Federal Reserve|Fed
Bundesbank|Bank of England|Bank of Japan|Council of Europe|International Criminal Court|ICC|Amnesty
Amnesty International|Human Rights Watch|Greenpeace|FIFA|UEFA|IOC|Olympic Committee|Commonwealth|Kremlin
White House|Pentagon|State Department|Congress|Senate|House of Representatives|Parliament|Bundestag|Duma
State Duma|Knesset|Downing Street|Elysee|Foreign Office|Home Office|Ministry of Defence|Defence Ministry
CIA|FBI|NSA|KGB|FSB|SBU|MI5|MI6|Mossad|Hamas|Hezbollah|Taliban|al Qaeda|al-Qaeda|Islamic State|ISIS|IRA
PLO|Fatah|Labour|Conservative Party|Conservatives|Tories|Democrats|Republicans|Democratic Party
Republican Party|Supreme Court|Wagner|Gazprom|Rosneft|Naftogaz|Boeing|Airbus|Google|Apple|Microsoft
Amazon|Meta|Facebook|Twitter|Telegram|Tesla|Toyota|Volkswagen|Siemens|Shell|BP|Exxon|Chevron|Goldman Sachs
Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox News|Sky News|CNBC
UNIAN|TASS|Itar-Tass|RIA|RIA Novosti|Interfax|Ukrinform|Xinhua|Kyodo|Yonhap|Al Jazeera|Dow Jones|Nasdaq
New York Times|Washington Post|Wall Street Journal|Financial Times|The Guardian|Guardian|The Times
The Economist|Economist|Le Monde|Der Spiegel|Spiegel|Politico|Axios|Kyiv Independent|Kyiv Post|Pravda
Ukrainska Pravda|Izvestia|Kommersant|Daily Mail|Daily Telegraph|Telegraph|The Sun|Mirror|Independent
Times of Israel|Haaretz|Newsweek|Time|Forbes|The Hill|NPR|PBS|Deutsche Welle|DW|France 24|Euronews|RT
`;

export const DEMONYMS = `
American|Americans|British|Briton|Britons|English|Scottish|Welsh|Irish|French|German|Germans|Italian
Italians|Spanish|Spaniard|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Polish
Pole|Poles|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Greeks|Turkish|Turk|Turks|Russian|Russians
Ukrainian|Ukrainians|Belarusian|Lithuanian|Latvian|Estonian|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek
Serbian|Serb|Serbs|Croatian|Croat|Croats|Bosnian|Slovenian|Albanian|Macedonian|Montenegrin|Kosovar|Chinese
Japanese|Korean|Koreans|Vietnamese|Thai|Indonesian|Malaysian|Filipino|Indian|Indians|Pakistani|Afghan
Bangladeshi|Iranian|Iranians|Iraqi|Iraqis|Syrian|Syrians|Lebanese|Israeli|Israelis|Palestinian
Palestinians|Jordanian|Saudi|Saudis|Emirati|Qatari|Kuwaiti|Yemeni|Egyptian|Libyan|Tunisian|Algerian
Moroccan|Sudanese|Ethiopian|Somali|Kenyan|Nigerian|Ghanaian|South African|Zimbabwean|Congolese|Canadian
Canadians|Mexican|Mexicans|Brazilian|Argentine|Argentinian|Chilean|Colombian|Peruvian|Venezuelan|Cuban
Australian|Australians|New Zealander|European|Europeans|Asian|African|Africans|Arab|Arabs|Latin American
Western|Soviet|Nordic|Baltic|Balkan|Kurd|Kurds|Kurdish|Jewish|Muslim|Muslims|Christian|Christians
Catholic|Orthodox|Sunni|Shia|Shi'ite|Islamic|Islamist|Communist|Communists|Socialist|Marxist
English Premier League|Premier League|World Cup|Olympics|Olympic Games|Champions League|Euro 2024
Nobel Prize|Christmas|Easter|Ramadan|Eid|Brexit|Covid-19|COVID-19|Covid|Internet|Euro|Euros|Dollar
`;

export const TITLES = `
Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|President|Vice President
Prime Minister|PM|Premier|Chancellor|Minister|Foreign Minister|Defence Minister|Defense Minister
Secretary|Secretary of State|Secretary-General|Secretary General|Defence Secretary|Defense Secretary
Foreign Secretary|Home Secretary|Ambassador|Envoy|Senator|Sen.|Congressman|Congresswoman|Representative
Rep.|Governor|Gov.|Mayor|General|Gen.|Gen|Admiral|Adm.|Colonel|Col.|Lieutenant|Lt.|Major|Maj.|Captain
Capt.|Sergeant|Commander|Chief|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Crown Prince|Judge|Justice
Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|CEO|Director|Coach|Striker|Midfielder
Defender|Goalkeeper|Rev.|Reverend|Father|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Leader|Speaker
`;

export const FIRST_NAMES = `
John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony
Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan
Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Frank|Gregory
Raymond|Alexander|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Henry|Peter|Adam|Nathan|Douglas|Zachary|Walter
Kyle|Harold|Carl|Arthur|Gerald|Roger|Keith|Jeremy|Terry|Lawrence|Sean|Christian|Albert|Joe|Ethan|Austin
Jesse|Willie|Billy|Bryan|Bruce|Jordan|Ralph|Roy|Noah|Dylan|Eugene|Wayne|Alan|Juan|Louis|Russell|Gabriel
Randy|Philip|Harry|Vincent|Bobby|Johnny|Logan|Tony|Keir|Boris|Rishi|Emmanuel|Olaf|Angela|Ursula|Giorgia
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Margaret|Betty|Sandra
Ashley|Dorothy|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Laura|Sharon
Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Samantha|Katherine|Emma|Ruth
Christine|Catherine|Debra|Rachel|Carolyn|Janet|Virginia|Maria|Heather|Diane|Julie|Joyce|Victoria|Kelly
Christina|Joan|Evelyn|Lauren|Judith|Olivia|Martha|Cheryl|Megan|Andrea|Hannah|Jacqueline|Ann|Jean|Alice
Kathryn|Gloria|Teresa|Doris|Sara|Janice|Julia|Marie|Madison|Grace|Judy|Theresa|Beverly|Denise|Marilyn
Vladimir|Volodymyr|Sergei|Sergey|Dmitry|Dmitri|Andrei|Andriy|Oleksandr|Alexei|Alexey|Mikhail|Yuri|Igor
Oleg|Viktor|Nikolai|Ivan|Pavel|Boris|Yulia|Olena|Natalia|Tatiana|Svetlana|Irina|Olga|Rustem|Denys|Dmytro
Petro|Vitali|Vitaliy|Mykola|Kyrylo|Valery|Valeriy|Ramzan|Alexander|Yevgeny|Hans|Klaus|Jurgen|Helmut
Wolfgang|Friedrich|Frank-Walter|Jean|Pierre|Jacques|Francois|Marine|Nicolas|Marco|Giuseppe|Giovanni
Silvio|Matteo|Mario|Luigi|Carlos|Jose|Luis|Jorge|Pedro|Miguel|Manuel|Antonio|Francisco|Javier|Pablo
Lula|Luiz|Ali|Mohammed|Mohammad|Muhammad|Ahmed|Ahmad|Hassan|Hussein|Omar|Abdullah|Mahmoud|Recep|Benjamin
Yair|Naftali|Ehud|Ariel|Shimon|Yitzhak|Narendra|Rahul|Imran|Nawaz|Xi|Li|Wang|Kim|Shinzo|Fumio|Yoshihide
Jens|Mark|Lars|Anders|Erik|Sven|Magnus|Kristian|Nils|Jan|Piotr|Andrzej|Donald|Mateusz|Viktor|Janos
Recep|Abdel|Bashar|Emmanuel|Cyril|Jacob|Nelson|Thabo|Uhuru|William|Justin|Jacinda|Scott|Anthony|Kamala
Hillary|Bill|Barack|Joe|Nancy|Mike|Ron|Marco|Ted|Lindsey|Mitch|Chuck|Kevin|Elon|Jeff|Tim|Sundar|Satya
Mo|Lionel|Cristiano|Kylian|Erling|Roger|Rafael|Novak|Serena|Andy|Steve|Pete|Tom|Jim|Bob|Dan|Ken|Rob
`;
