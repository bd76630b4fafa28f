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
Abidjan|Adelaide|Aden|Ahmedabad|Aleppo|Alexandria|Algiers|Amritsar|Anchorage|Antalya|Apia|Asmara|Asuncion
Auckland|Austin|Baltimore|Bamako|Bandung|Bangalore|Bengaluru|Bangui|Banjul|Basra|Basel|Beira|Benghazi|Bergen
Bilbao|Bissau|Bologna|Bordeaux|Bradford|Bratislava|Brazzaville|Brisbane|Bristol|Brno|Bujumbura|Bulawayo
Busan|Cairns|Calgary|Cali|Cardiff|Casablanca|Catania|Chennai|Madras|Chengdu|Chittagong|Chongqing|Cincinnati
Cleveland|Conakry|Cordoba|Cork|Coventry|Curitiba|Da Nang|Dallas|Dar es Salaam|Darwin|Davao|Dhahran|Dili
Dodoma|Dortmund|Dresden|Douala|Dundee|Durban|Dusseldorf|Edmonton|Eindhoven|Erbil|Essen|Faisalabad|Florence
Fortaleza|Freetown|Fukuoka|Gaborone|Genoa|Ghent|Graz|Guadalajara|Guangzhou|Canton|Guatemala City|Guayaquil
Haifa|Halifax|Hangzhou|Hanover|Harbin|Helsingborg|Herat|Hiroshima|Ho Chi Minh City|Saigon|Homs|Honolulu
Hyderabad|Ibadan|Idlib|Indianapolis|Innsbruck|Irbil|Isfahan|Izmir|Jaffna|Jalalabad|Jeddah|Jenin|Juba|Kandahar
Kano|Kansas City|Kaohsiung|Kathmandu|Katowice|Kazan|Khartoum|Kigali|Kingston|Kirkuk|Kisangani|Kobe|Kyoto
La Paz|Lausanne|Leeds|Leicester|Leipzig|Libreville|Lilongwe|Lille|Limassol|Linz|Lome|Lusaka|Luxor|Lyon
Maastricht|Malaga|Male|Malmo|Managua|Manama|Mandalay|Maputo|Maracaibo|Marrakesh|Maseru|Mazar-i-Sharif|Mecca
Medan|Medellin|Medina|Memphis|Milwaukee|Minneapolis|Mombasa|Monrovia|Monterrey|Mosul|Multan|Muscat|Nagasaki
Nagoya|Nanjing|Nantes|Nashville|N'Djamena|Niamey|Nicosia|Nouakchott|Novosibirsk|Nuremberg|Odense|Omsk|Osaka
Ouagadougou|Palermo|Panama City|Perth|Peshawar|Phnom Penh|Pittsburgh|Port Moresby|Port Said|Port-au-Prince
Port of Spain|Porto|Oporto|Porto Alegre|Port Louis|Poznan|Quetta|Rangoon|Yangon|Recife|Reykjavik|Riga
Rostov|Rostov-on-Don|Sacramento|Salvador|Salzburg|Samara|San Diego|San Jose|San Juan|San Salvador|Sanaa
Santo Domingo|Sapporo|Seville|Shenzhen|Sheffield|Sidon|Southampton|St Louis|Stuttgart|Surabaya|Suva|Tabriz
Tampa|Tangier|Tegucigalpa|Tianjin|Tijuana|Timbuktu|Toulouse|Tripoli|Turin|Tyre|Ulan Bator|Ulaanbaatar
Uppsala|Utrecht|Valencia|Valletta|Valparaiso|Venice|Verona|Victoria|Vientiane|Vladivostok|Volgograd|Windhoek
Winnipeg|Wroclaw|Wuhan|Xian|Yaounde|Yekaterinburg|Yokohama|Zaragoza|Zanzibar|Grozny|Donetsk|Simferopol|Sumy
Chernihiv|Poltava|Mykolaiv|Kramatorsk|Sloviansk|Pokrovsk|Melitopol|Berdyansk|Irpin|Bucha|Izium|Kupiansk
Taganrog|Bryansk|Voronezh|Kaliningrad|Murmansk|Crimean Peninsula|Bosphorus|Suez|Suez Canal|Panama Canal
Golan|Golan Heights|Sinai|Negev|Punjab|Sindh|Baluchistan|Balochistan|Bavaria|Saxony|Catalonia|Basque Country
Andalusia|Flanders|Wallonia|Corsica|Sicily|Sardinia|Lombardy|Tuscany|Brittany|Normandy|Provence|Quebec|Ontario
Alberta|British Columbia|Manitoba|Nova Scotia|Queensland|New South Wales|Tasmania|Yorkshire|Kent|Essex|Ulster
Kosovo|Darfur|Kordofan|Tigray|Amhara|Oromia|Ogaden|Cabinda|Katanga|Kivu|Mindanao|Luzon|Java|Sumatra|Borneo
Aceh|Bali|Xinjiang|Guangdong|Sichuan|Yunnan|Hainan|Manchuria|Okinawa|Hokkaido|Kyushu|Honshu|Patagonia|Amazonia
New England|Midwest|Georgia|Carolina|North Carolina|South Carolina|Tennessee|Kentucky|Indiana|Iowa|Kansas
Missouri|Wisconsin|Minnesota|Colorado|Utah|Montana|Idaho|Wyoming|Nebraska|Oklahoma|Arkansas|Louisiana
Alabama|Mississippi|Maryland|Delaware|New Jersey|Connecticut|Massachusetts|Vermont|Maine|New Hampshire
Rhode Island|West Virginia|New Mexico|South Dakota|North Dakota|Washington State|Manhattan|Brooklyn|Bronx
Queens|Staten Island|Silicon Valley|Westminster|Whitehall|Soho|Kensington|Capitol Hill|Camp David
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
Commonwealth of Independent States|CIS|Warsaw Pact|Mercosur|NAFTA|APEC|EFTA|Gulf Cooperation Council|GCC
Organisation of African Unity|OAU|ECOWAS|SADC|Organization of American States|OAS|Non-Aligned Movement
UNCTAD|UNDP|UNEP|UNRWA|UNIFIL|UNFPA|WFP|World Food Programme|FAO|ILO|International Labour Organisation
WMO|ITU|IFAD|UNIDO|IAEA|International Atomic Energy Agency|ICRC|International Committee of the Red Cross
Red Crescent|Medecins Sans Frontieres|Doctors Without Borders|MSF|Oxfam|Save the Children|Transparency International
World Economic Forum|Davos|Paris Club|London Club|Bank for International Settlements|BIS|EBRD|IFC|IDB
Asian Development Bank|ADB|African Development Bank|Inter-American Development Bank|European Investment Bank|EIB
Eurostat|Eurogroup|European Council|Council of the European Union|European Court of Justice|European Court
European Court of Human Rights|Court of Justice|International Court of Justice|ICJ|Hague Tribunal
Warsaw Stock Exchange|New York Stock Exchange|NYSE|London Stock Exchange|LSE|Tokyo Stock Exchange|Bourse
Deutsche Bank|Commerzbank|Dresdner Bank|Barclays|HSBC|Lloyds|NatWest|Royal Bank of Scotland|UBS|Credit Suisse
BNP Paribas|Societe Generale|Credit Agricole|Santander|BBVA|ING|ABN AMRO|Rabobank|Citigroup|Citibank
JPMorgan|JP Morgan|Morgan Stanley|Merrill Lynch|Bank of America|Wells Fargo|Lehman Brothers|Nomura|Mitsubishi
Sumitomo|Mitsui|Hitachi|Sony|Panasonic|Toshiba|Honda|Nissan|Samsung|Hyundai|LG|Daewoo|Kia|Fiat|Renault
Peugeot|Citroen|Volvo|Saab|Daimler|Mercedes|BMW|Audi|Porsche|Ford|General Motors|GM|Chrysler|IBM|Intel
Hewlett-Packard|HP|Dell|Oracle|Cisco|Motorola|Nokia|Ericsson|Alcatel|Philips|Unilever|Nestle|Novartis
Roche|Pfizer|Merck|Glaxo|GlaxoSmithKline|AstraZeneca|Bayer|BASF|Hoechst|Total|Eni|Repsol|Statoil|Equinor
Lukoil|Aeroflot|Lufthansa|British Airways|Air France|KLM|Alitalia|Iberia|SAS|Ryanair|easyJet|Emirates
Qantas|Delta|United Airlines|American Airlines|Walmart|Coca-Cola|PepsiCo|McDonald's|Disney|Time Warner
News Corp|Vodafone|Deutsche Telekom|Telefonica|France Telecom|Orange|AT&T|Verizon|Huawei|ZTE|Alibaba
Tencent|Baidu|Sinopec|PetroChina|CNPC|Petrobras|Pemex|Saudi Aramco|Aramco|Rosatom|Sberbank|VTB|Gazprombank
Ukrenergo|Energoatom|Rio Tinto|BHP|Anglo American|De Beers|Glencore|ArcelorMittal|Thyssen|Krupp|Rheinmetall
Lockheed Martin|Raytheon|Northrop Grumman|General Dynamics|BAE Systems|Thales|Dassault|Leonardo|Saab
Uber|Netflix|Spotify|OpenAI|Nvidia|Yahoo|eBay|PayPal|Visa|Mastercard|Moody's|Standard & Poor's|S&P|Fitch
Nikkei|Dow|FTSE|DAX|CAC|Hang Seng|Nasdaq|Labour Party|Liberal Democrats|Lib Dems|SNP|Sinn Fein|DUP
Christian Democrats|CDU|CSU|SPD|Greens|Green Party|Social Democrats|Free Democrats|FDP|AfD|National Front
Likud|Kadima|ANC|African National Congress|BJP|Congress Party|PPP|Kuomintang|KMT|Communist Party|United Russia
Yabloko|Servant of the People|Fidesz|Law and Justice|PiS|Syriza|New Democracy|Podemos|Five Star Movement
Forza Italia|Northern League|Lega|Brothers of Italy|Popular Party|Socialist Party|Ennahda|Muslim Brotherhood
Houthis|Houthi|Hizbollah|Islamic Jihad|Boko Haram|al-Shabaab|Shabaab|PKK|YPG|SDF|ETA|Tamil Tigers|LTTE
FARC|ELN|Khmer Rouge|Azov|Rada|Verkhovna Rada|Federation Council|Bundesrat|National Assembly|Sejm|Storting
Riksdag|Folketing|Cortes|Dail|Seanad|Lok Sabha|Rajya Sabha|Majlis|Politburo|Central Committee|Cabinet Office
Treasury|Home Office|Ministry of Foreign Affairs|Foreign Ministry|Interior Ministry|Finance Ministry|Justice Ministry
Health Ministry|Ministry of Finance|Ministry of Health|Ministry of Justice|Ministry of the Interior|Ministry of Interior
Environment Ministry|Economy Ministry|Energy Ministry|Trade Ministry|Education Ministry|Agriculture Ministry
General Staff|Joint Chiefs of Staff|National Guard|Border Guard|Coast Guard|Red Army|Bundeswehr|Royal Navy|RAF
Royal Air Force|US Army|US Navy|Marines|Air Force|Navy|Scotland Yard|Met Police|Metropolitan Police
Harvard|Yale|Princeton|Stanford|MIT|Oxford University|Cambridge University|Sorbonne|Brookings|RAND
Chatham House|Carnegie Endowment|Heritage Foundation|Institute for the Study of War|ISW|SIPRI|IISS
Manchester United|Manchester City|Liverpool FC|Arsenal|Chelsea|Tottenham|Everton|Newcastle United|Aston Villa
Leeds United|West Ham|Celtic|Rangers|Real Madrid|Barcelona FC|Atletico Madrid|Valencia CF|Bayern Munich
Borussia Dortmund|Juventus|AC Milan|Inter Milan|Lazio|Roma|Napoli|Ajax|PSV|Feyenoord|Benfica|Sporting
Porto FC|Galatasaray|Fenerbahce|Olympiakos|Panathinaikos|Anderlecht|Paris St Germain|PSG|Olympique Marseille
Monaco FC|Dynamo Kiev|Dynamo Kyiv|Shakhtar Donetsk|Spartak Moscow|CSKA Moscow|Lokomotiv Moscow|Zenit
New York Yankees|Boston Red Sox|Chicago Bulls|Los Angeles Lakers|Dallas Cowboys|New York Knicks
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
Afghans|Albanians|Algerians|Angolan|Argentines|Armenians|Austrians|Azeri|Azeris|Bahraini|Belarusians
Belgians|Beninese|Bolivian|Bosnians|Brazilians|Bulgarians|Burmese|Burundian|Cambodian|Cameroonian|Chadian
Chileans|Colombians|Costa Rican|Croatians|Cubans|Cypriot|Cypriots|Czechs|Danes|Dane|Dominican|Ecuadorean
Ecuadorian|Egyptians|Eritrean|Estonians|Ethiopians|Fijian|Finn|Finns|Frenchman|Frenchmen|Gabonese|Gambian
Georgians|Ghanaians|Guatemalan|Guinean|Haitian|Haitians|Honduran|Hungarians|Icelandic|Icelander|Irishman
Jamaican|Jordanians|Kazakhstani|Kenyans|Kosovan|Kuwaitis|Kyrgyz|Lao|Laotian|Latvians|Lebanese|Liberian
Libyans|Lithuanians|Luxembourger|Macedonians|Malagasy|Malawian|Malaysians|Maldivian|Malian|Maltese|Mauritanian
Moldovan|Moldovans|Mongolian|Montenegrins|Moroccans|Mozambican|Namibian|Nepalese|Nepali|Nicaraguan|Nigerians
Nigerien|Norwegians|Omani|Pakistanis|Panamanian|Paraguayan|Peruvians|Portuguese|Qataris|Romanians|Rwandan
Salvadoran|Samoan|Scot|Scots|Scotsman|Senegalese|Serbians|Sierra Leonean|Singaporean|Slovaks|Slovene|Slovenes
Somalis|Sri Lankan|Sudanese|Surinamese|Swede|Swedes|Syrians|Taiwanese|Tajik|Tanzanian|Thais|Tibetan|Togolese
Tongan|Trinidadian|Tunisians|Turkmen|Ugandan|Uruguayan|Uzbeks|Venezuelans|Vietnamese|Yemenis|Zambian
Zimbabweans|Englishman|Englishmen|Welshman|Dutchman|Dutchmen|Bavarian|Catalan|Basque|Flemish|Walloon|Corsican
Sicilian|Quebecer|Texan|Californian|Londoner|Muscovite|Parisian|Berliner|New Yorker|Chechen|Chechens|Tatar
Tatars|Crimean|Ossetian|Abkhaz|Pashtun|Baluch|Tamil|Tamils|Sinhalese|Sikh|Sikhs|Hindu|Hindus|Buddhist|Jew|Jews
Alawite|Druze|Maronite|Coptic|Copt|Copts|Protestant|Protestants|Anglican|Lutheran|Methodist|Baptist|Mormon
Hutu|Hutus|Tutsi|Tutsis|Zulu|Xhosa|Yoruba|Igbo|Hausa|Berber|Bedouin|Roma|Uighur|Uyghur|Uighurs|Uyghurs
Slav|Slavs|Slavic|Anglo-Saxon|Latino|Latinos|Hispanic|Caucasian|Scandinavian|Mediterranean|Caribbean|Pacific
Atlantic|Arabic|Persian|Hebrew|Mandarin|Cantonese|Hindi|Urdu|Swahili|Sunnis|Shi'ites|Shiite|Shiites|Wahhabi
Republican|Democrat|Democratic|Conservative|Liberal|Labourite|Tory|Gaullist|Bolshevik|Nazi|Nazis|Fascist
Grand Prix|Tour de France|Wimbledon|U.S. Open|US Open|French Open|Australian Open|Super Bowl|World Series
Davis Cup|Ryder Cup|Stanley Cup|FA Cup|UEFA Cup|Cup Winners' Cup|Europa League|Copa America|Bundesliga
Serie A|La Liga|Primera Liga|Ligue 1|Eredivisie|NBA|NFL|NHL|MLB|Formula One|Olympic|Paralympics
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
Mo|Sofia|Sophia|Lionel|Cristiano|Kylian|Erling|Roger|Rafael|Novak|Serena|Andy|Steve|Pete|Tom|Jim|Bob|Dan|Ken|Rob
`;
