import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from './index.js';

// [sentence, anchor, expected text, type, value] — fictional sentences, anchors chosen for their weekday.
const TUE = '2025-03-11'; // a Tuesday
const CASES: [string, string | null, string, string, string | null][] = [
  ['The ministers met in Geneva on Wednesday to discuss the grain deal.', TUE, 'Wednesday', 'DATE', '2025-03-05'],
  ['The ministers will meet in Geneva on Wednesday to discuss the grain deal.', TUE, 'Wednesday', 'DATE', '2025-03-12'],
  ['The mayor said Tuesday that the bridge would reopen.', '2025-04-23', 'Tuesday', 'DATE', '2025-04-22'],
  ['The port authority declared a curfew on Saturday.', '2025-04-23', 'Saturday', 'DATE', '2025-04-19'],
  ['The ferry company is resuming sailings on Saturday.', TUE, 'Saturday', 'DATE', '2025-03-15'],
  ['Inflation slowed last week, the bank said.', '2025-04-16', 'last week', 'DATE', '2025-W15'],
  ['Exports fell last month.', '2025-04-16', 'last month', 'DATE', '2025-03'],
  ['Talks resume this week.', '2025-04-23', 'this week', 'DATE', '2025-W17'],
  ['Prices will rise next month.', '2025-04-23', 'next month', 'DATE', '2025-05'],
  ['The council approved the plan earlier this year.', TUE, 'earlier this year', 'DATE', '2025'],
  ['The depot should be rebuilt by the end of the year.', '2023-11-04', 'the end of the year', 'DATE', '2023'],
  ['The strike has lasted three years.', TUE, 'three years', 'DURATION', 'P3Y'],
  ['Demand will grow over the next few months.', TUE, 'the next few months', 'DURATION', 'PXM'],
  ['The rail line is currently closed.', TUE, 'currently', 'DATE', 'PRESENT_REF'],
  ['The envoy visited almost two weeks ago.', TUE, 'almost two weeks ago', 'DATE', '2025-W09'],
  ['The dam was finished in 2014.', TUE, '2014', 'DATE', '2014'],
  ['Veterans of the 1962 Cuban Missile Crisis gathered.', TUE, '1962', 'DATE', '1962'],
  ['The accord was signed on November 3, 2023, in Oslo.', TUE, 'November 3, 2023', 'DATE', '2023-11-03'],
  ['Posted 04.11.23 by the desk.', TUE, '04.11.23', 'DATE', '2023-11-04'],
  ['Filed 2023-11-04 by the desk.', TUE, '2023-11-04', 'DATE', '2023-11-04'],
  ['The union announced a 30-hour stoppage.', TUE, '30-hour', 'DURATION', 'PT30H'],
  ['Shelling continued during the afternoon.', TUE, 'the afternoon', 'TIME', '2025-03-11TAF'],
  ['Drones struck the depot overnight.', TUE, 'overnight', 'TIME', '2025-03-10TNI'],
  ['The vote took six hours.', TUE, 'six hours', 'DURATION', 'PT6H'],
  ['Inspectors visit the site every week.', TUE, 'every week', 'SET', 'P1W'],
  ['The board meets daily.', TUE, 'daily', 'SET', 'P1D'],
  ['The polls closed at 8 p.m. on Sunday.', TUE, '8 p.m.', 'TIME', '2025-03-09T20:00'],
  ['The strike starts at noon Saturday.', TUE, 'noon Saturday', 'TIME', '2025-03-15T12:00'],
  ['The summit opened in March.', TUE, 'March', 'DATE', '2025-03'],
  ['Officials expect a deal in May.', TUE, 'May', 'DATE', '2025-05'],
  ['Profits rose in the third quarter.', TUE, 'the third quarter', 'DATE', '2024-Q3'],
  ['The ferry sank three years ago.', TUE, 'three years ago', 'DATE', '2022'],
  ['The shelling began at 5 p.m. that day.', TUE, '5 p.m. that day', 'TIME', '2025-03-11T17:00'],
  ['Sirens sounded at 1900 GMT.', TUE, '1900 GMT', 'TIME', '2025-03-11T19:00'],
  ['Prices doubled over the past year.', TUE, 'the past year', 'DATE', '2024'],
  ['Prices doubled over the past three years.', TUE, 'the past three years', 'DURATION', 'P3Y'],
  ['Crews worked through the weekend.', TUE, 'the weekend', 'DATE', '2025-W10-WE'],
  ['Sales fell in the third quarter and rose from a year earlier.', '2024-11-02', 'a year earlier', 'DATE', '2023-Q3'],
  ['The mine was sealed in the 1990s.', TUE, 'the 1990s', 'DATE', '199'],
  ['Talks could last two decades.', TUE, 'two decades', 'DURATION', 'P20Y'],
  ['Revenue rose 4% in Q3 2024.', TUE, 'Q3 2024', 'DATE', '2024-Q3'],
  ['The treaty was signed on November 3.', null, 'November 3', 'DATE', 'XXXX-11-03'],
  ['Rebels attacked on Monday.', null, 'Monday', 'DATE', 'XXXX-WXX-1'],
  ['The plant opened last week.', null, 'last week', 'DATE', null],
  ['The truce is due to expire at midnight on Sunday.', TUE, 'midnight', 'TIME', '2025-03-17T00:00'],
  ['The pact was signed on Monday and took effect at midnight.', TUE, 'midnight', 'TIME', '2025-03-11T00:00'],
  ['The curfew will start at midnight.', TUE, 'midnight', 'TIME', '2025-03-12T00:00'],
  ['The talks ran late on Sunday, ending at about 3 a.m.', TUE, 'about 3 a.m.', 'TIME', '2025-03-10T03:00'],
  ['Rain is forecast for the region. Forecasters expect more rain over the weekend.', TUE, 'the weekend', 'DATE', '2025-W11-WE'],
  ['Volunteers arrived over the weekend.', null, 'the weekend', 'DATE', 'XXXX-WXX-WE'],
  ['The ceasefire takes effect at noon on Sunday.', TUE, 'Sunday', 'DATE', '2025-03-16'],
  ['On May 22, 1995, she was made a general, and the following year she retired.', TUE, 'the following year', 'DATE', '1996'],
  ['The convoy reached Mirsk on March 2. The next day it turned back.', TUE, 'The next day', 'DATE', '2025-03-03'],
  ['The mill closed in 1988; that year the town lost a third of its jobs.', TUE, 'that year', 'DATE', '1988'],
  ['The minister resigned in June 2019 and left the party the following month.', TUE, 'the following month', 'DATE', '2019-07'],
  ['The envoy will arrive the following week.', TUE, 'the following week', 'DATE', '2025-W12'],
  ['The fund bought its stake in April of last year.', TUE, 'April of last year', 'DATE', '2024-04'],
  ['In the summer of 1997, floods hit the valley.', TUE, 'the summer of 1997', 'DATE', '1997-SU'],
  ['The sale should be completed in October.', '2025-06-05', 'October', 'DATE', '2025-10'],
  ['Families hope to go home before winter.', '2025-10-16', 'winter', 'DATE', '2025-WI'],
  ['The refugees lived in camps for 2 1/2 years.', TUE, '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['A minute and a half later the line went dead.', TUE, 'A minute and a half', 'DURATION', 'PT1M30S'],
  ['The vote took 1.5 hours.', TUE, '1.5 hours', 'DURATION', 'PT1H30M'],
  ['The index last rose for four weeks between September and October of 2007.', TUE, 'September', 'DATE', '2007-09'],
  ['Sales fell in March, the agency said.', TUE, 'March', 'DATE', '2025-03'],
  ['Most prisoners were taken in the first hours of the offensive.', TUE, 'the first hours', 'DURATION', 'PTXH'],
  // An -ed form after a preposition or determiner is an adjective, not a past cue.
  ['The envoys will talk behind closed doors, with a statement possible on Thursday.', TUE, 'Thursday', 'DATE', '2025-03-13'],
  // Present perfect takes no definite past time: the date after it is a target.
  ['The union has called a strike for Saturday.', TUE, 'Saturday', 'DATE', '2025-03-15'],
  ['The chair has set Friday as the deadline.', TUE, 'Friday', 'DATE', '2025-03-14'],
  ['The dam burst overnight, officials said on Friday.', '2025-03-14', 'overnight', 'TIME', '2025-03-13TNI'],
  ['The union demanded 12% in a single year.', TUE, 'a single year', 'DURATION', 'P1Y'],
  ['The toll was lower than the one announced hours earlier.', TUE, 'hours earlier', 'DATE', '2025-03-11'],
  ['The bridge was built years ago.', TUE, 'years ago', 'DATE', 'PAST_REF'],
  ['Rescuers had pulled 46 people from rooftops by morning.', TUE, 'morning', 'TIME', '2025-03-11TMO'],
  ['Marchers parade through the town each July.', TUE, 'each July', 'SET', 'XXXX-07'],
  ['The ferry sails on Sundays.', TUE, 'Sundays', 'SET', 'XXXX-WXX-7'],
  ['Two flights will leave on Monday and Tuesday nights.', TUE, 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
  ['Two flights will leave on Monday and Tuesday nights.', TUE, 'Monday', 'SET', 'XXXX-WXX-1TNI'],
  // A present verb with a plural subject is scheduled; after "to" the clause decides.
  ['The envoys meet separately on Monday.', TUE, 'Monday', 'DATE', '2025-03-17'],
  ['The envoys agreed to meet on Monday.', TUE, 'Monday', 'DATE', '2025-03-10'],
  ['The valley will have to live without power for a while.', TUE, 'a while', 'DURATION', 'PXX'],
  ['The president arrived in the capital later in the day.', TUE, 'later in the day', 'DATE', '2025-03-11'],
  // A superseded plan ("had been due to") lies on either side of the publication date: the nearest day.
  ['The talks had been due to end on Friday.', '2025-03-13', 'Friday', 'DATE', '2025-03-14'],
  ['The offer had been due to expire Friday evening.', '2025-03-10', 'Friday evening', 'TIME', '2025-03-07TEV'],
  // A possessive weekday names a day's event: a present clause does not move it forward.
  ['The notes are convertible at a premium over Thursday\'s closing price.', '2025-03-10', 'Thursday', 'DATE', '2025-03-06'],
  ['The agency revised December\'s figures.', '2025-02-06', 'December', 'DATE', '2024-12'],
  // A month before a day number is that day, not "last October"; a day number coordinated with it shares its month.
  ['The depot burned down last Oct. 23 after a storm.', '2025-04-19', 'Oct. 23', 'DATE', '2024-10-23'],
  ['The fair will be held on June 14 and 15 in Mirsk.', '2025-04-19', '15', 'DATE', '2025-06-15'],
  ['Delegates praised the March agreement.', '2025-04-19', 'March', 'DATE', '2025-03'],
  ['The ferry sank in June 2019 and was raised later that year.', TUE, 'later that year', 'DATE', '2019'],
  ['Farmers were planning to block the bridge on Friday.', TUE, 'Friday', 'DATE', '2025-03-14'],
  // Modals look ahead; "before" does only as the expression's own preposition, and not before a possessive.
  ['The envoy could arrive in Mirsk as early as Thursday, aides said.', TUE, 'Thursday', 'DATE', '2025-03-13'],
  ['The council wants an answer before Friday, the mayor said.', TUE, 'Friday', 'DATE', '2025-03-14'],
  ['Its stake was 4% before Friday\'s purchases, the fund said.', TUE, 'Friday', 'DATE', '2025-03-07'],
  ['Before his Sunday speech, the mayor toured the dam.', TUE, 'Sunday', 'DATE', '2025-03-09'],
  ['Pilgrims crowded the old town as Easter week began.', '2025-04-16', 'Easter week', 'DATE', '2025-W16'],
  ['The shops will close on Good Friday.', TUE, 'Good Friday', 'DATE', '2025-04-18'],
  ['The envoys left their second day-long meeting.', TUE, 'day-long', 'DURATION', 'P1D'],
  // Broadcast transcripts speak the year.
  ['Fuel last cost this much in the winter of nineteen ninety-four.', TUE, 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
  ['January nineteen eighty-seven. The river froze again.', TUE, 'January nineteen eighty-seven', 'DATE', '1987-01'],
];

for (const [sentence, anchor, text, type, value] of CASES) {
  test(`resolves '${text}' in "${sentence}" against ${anchor ?? 'no anchor'}`, () => {
    const got = extractTimes(sentence, anchor).find((t) => t.text === text);
    assert.ok(got, `no expression '${text}' in ${JSON.stringify(extractTimes(sentence, anchor).map((t) => t.text))}`);
    assert.deepEqual([got.type, got.value], [type, value]);
  });
}

test("resolves 'on Wednesday' against the publication date in past and future clauses", () => {
  const past = extractTimes('Envoys met on Wednesday.', TUE)[0];
  const future = extractTimes('Envoys will meet on Wednesday.', TUE)[0];
  assert.deepEqual([past.value, past.tense, future.value, future.tense], ['2025-03-05', 'past', '2025-03-12', 'future']);
});

// Words that look like dates to a naive parser but are not time expressions here.
const FALSE_HITS: [string, string][] = [
  ['The snow has now melted in the unknown valley.', 'unknown'],
  ['Officials may decide to close the road.', 'may'],
  ['Protesters march through the capital.', 'march'],
  ['She finished second in the race.', 'second'],
  ['The army sent 2000 troops to the border.', '2000'],
  ['He said it was a second chance.', 'second'],
  ['The plant runs 700 shifts a week.', 'a week'],
  ['The ferry makes daily crossings to the island.', 'daily'],
  ['A 52-year-old teacher was hurt.', 'year'],
  ['Revenue should rise 8.5% annually.', 'annually'],
  ['The plant would make about 10,000 units annually.', 'annually'],
  ['The bridge was closed a while ago.', 'while'],
  ['The speaker thanked Jan Novak of the port union.', 'Jan'],
  ['The party daily Pravda Mirsk printed the speech.', 'daily'],
  ['She told the talk show 24 Hours Live that she would run.', 'Hours'],
  ['Prices rose 5 and 6 percent on May 3 and 4.', '6'],
];

test("does not read 'two thousand years' as the year 2000", () => {
  assert.ok(!extractTimes('Families have kept the craft for two thousand years.', TUE).some((t) => t.value === '2000'));
});

for (const [sentence, word] of FALSE_HITS) {
  test(`does not take '${word}' in "${sentence}" for a time`, () => {
    assert.ok(!extractTimes(sentence, TUE).some((t) => t.text.toLowerCase().includes(word.toLowerCase())));
  });
}

test('reads slashed dates day first when the outlet is day-first', () => {
  const us = extractTimes('Filed 03/04/2025.', TUE)[0];
  const gb = extractTimes('Filed 03/04/2025.', TUE, { dayFirst: true })[0];
  assert.deepEqual([us.value, gb.value], ['2025-03-04', '2025-04-03']);
});

test('spans index the input exactly, also after astral characters', () => {
  const text = '🚀 Launch moved to Friday 🚀 and again last month.';
  const got = extractTimes(text, TUE);
  assert.equal(got.length, 2);
  for (const t of got) assert.equal(text.slice(t.start, t.end), t.text);
});
