/**
 * Whole releases written for these tests in the style of real ones (an RCMP news
 * release, a New Zealand Police media release, a UK police force's court result):
 * every agency and statistic a reader would mark, and nothing else of those types.
 * None of these texts was used to tune the rules; they check that the general rules
 * (open-class counted nouns, agency heads, national bodies, acronyms) carry over.
 */

import { describe, expect, it } from 'vitest';
import type { StatisticValue } from '../../types';
import { find } from './helpers';

const RCMP = `Nova Scotia RCMP lays 43 charges following illegal elver fishing investigation

Nova Scotia RCMP has charged five people following a months-long investigation into the unauthorized harvest and sale of elvers in Halifax and Lunenburg counties.

In April 2024, Fisheries and Oceans Canada (DFO) officers received information about suspected illegal fishing activity along the Medway River. DFO and the RCMP's federal policing unit began a joint investigation that included surveillance of 12 rivers and 3 commercial holding facilities.

On May 9, officers executed search warrants at four homes in Bridgewater and Liverpool. Police seized approximately 136 kilograms of live elvers, 28 fyke nets, two pickup trucks, a cube van and more than $48,500 in Canadian currency. Investigators believe the elvers were destined for export to buyers in Asia, where they can sell for as much as $5,000 per kilogram.

A 41-year-old Liverpool man is facing 17 charges under the Fisheries Act, including fishing without a licence. A 36-year-old woman and three men, aged 22, 29 and 52, each face up to nine charges.

The accused are scheduled to appear in Bridgewater Provincial Court on July 22. The Canada Border Services Agency (CBSA) and the Nova Scotia Department of Fisheries and Aquaculture assisted.

"Unregulated harvesting puts the entire fishery at risk," said Cpl. Annie Joudrey of the Nova Scotia RCMP. Conservation officers from DFO patrol more than 200 waterways across the province during the 10-week season.

Anyone with information is asked to contact Nova Scotia RCMP at 1-800-803-7267.`;

const NZ = `Eight arrested, assets restrained after Operation Kārearea

Police have arrested eight people and restrained NZ$2.1 million in assets following a two-year investigation into methamphetamine supply in the Bay of Plenty.

Detective Inspector Lew Warner of the National Organised Crime Group said search warrants were executed at 14 properties across Tauranga, Rotorua and Whakatāne on Tuesday morning, with support from the Armed Offenders Squad and the Asset Recovery Unit.

Officers located 3.2 kilograms of methamphetamine, 11 firearms including two pistols, and 620 rounds of ammunition. Four vehicles, two boats and a jet ski were also seized.

Those arrested, aged between 23 and 61, are due to appear in the Tauranga District Court today. A 47-year-old man will appear in the High Court at Rotorua later this month.

"This group was responsible for distributing an estimated 25 kilograms of methamphetamine into our communities over 18 months," Detective Inspector Warner said. The investigation was supported by New Zealand Customs Service, Inland Revenue and the Financial Intelligence Unit.

The seizure is equivalent to more than 320,000 individual doses, with a potential social harm of $12.4m. Police are working with Te Whatu Ora to support whānau affected by drug harm.`;

const UK = `County lines gang jailed after Merseyside Police operation

Nine members of a county lines drugs network that supplied heroin and crack cocaine to towns across North Wales have been jailed for a combined 68 years.

The sentences, handed down at Liverpool Crown Court on Friday, follow an 18-month investigation by Merseyside Police's Serious Organised Crime Group, supported by North Wales Police and the North West Regional Organised Crime Unit (NWROCU).

Detectives found the group used 14 dedicated deal lines that sent more than 2,000 bulk text messages a week advertising drugs. Officers seized £31,500 in cash, 1.3kg of cocaine, 480 wraps of heroin and two zombie knives during raids on 11 addresses in Birkenhead and Rhyl.

Five children, the youngest aged 14, were safeguarded after being exploited to run drugs.

Detective Chief Inspector Sarah Hughes said: "County lines gangs prey on vulnerable young people. We have now closed 43 lines in the past 12 months." The force received £1.2m from the Home Office for the work.`;

const RELEASES: [string, string, string[], string[], [string, number][]][] = [
  [
    'RCMP',
    RCMP,
    [
      'Nova Scotia RCMP', 'Fisheries and Oceans Canada', 'DFO', 'RCMP', 'Bridgewater Provincial Court',
      'Canada Border Services Agency', 'CBSA', 'Nova Scotia Department of Fisheries and Aquaculture',
    ],
    [
      '43 charges', 'five people', '12 rivers', '3 commercial holding facilities', 'four homes',
      'approximately 136 kilograms of live elvers', '28 fyke nets', 'two pickup trucks', 'more than $48,500', '$5,000',
      '17 charges', 'three men', 'nine charges', 'more than 200 waterways',
    ],
    [['approximately 136 kilograms of live elvers', 136], ['more than $48,500', 48500]],
  ],
  [
    'NZ Police',
    NZ,
    [
      'National Organised Crime Group', 'Armed Offenders Squad', 'Asset Recovery Unit', 'Tauranga District Court',
      'High Court at Rotorua', 'New Zealand Customs Service', 'Inland Revenue', 'Financial Intelligence Unit', 'Te Whatu Ora',
    ],
    [
      'eight people', 'NZ$2.1 million', '14 properties', '3.2 kilograms of methamphetamine', '11 firearms', 'two pistols',
      '620 rounds of ammunition', 'Four vehicles', 'two boats', '25 kilograms of methamphetamine',
      'more than 320,000 individual doses', '$12.4m',
    ],
    [['NZ$2.1 million', 2.1e6], ['$12.4m', 12.4e6], ['more than 320,000 individual doses', 320000]],
  ],
  [
    'UK police',
    UK,
    [
      'Merseyside Police', 'Liverpool Crown Court', 'Serious Organised Crime Group', 'North Wales Police',
      'North West Regional Organised Crime Unit', 'NWROCU', 'Home Office',
    ],
    [
      'Nine members', '14 dedicated deal lines', 'more than 2,000 bulk text messages', '£31,500', '1.3kg of cocaine', '480 wraps of heroin',
      'two zombie knives', '11 addresses', 'Five children', '43 lines', '£1.2m',
    ],
    [['£1.2m', 1.2e6], ['480 wraps of heroin', 480]],
  ],
];

describe.each(RELEASES)('release in the style of %s', (_name, text, agencies, statistics, values) => {
  const found = find(text, '2025-03-07');
  const unique = (type: string) => [...new Set(found.filter((f) => f.type === type).map((f) => f.text))];

  it('finds every agency and nothing else', () => {
    expect(unique('agency').sort()).toEqual([...agencies].sort());
  });

  it('finds every statistic and nothing else', () => {
    expect(unique('statistic').sort()).toEqual([...statistics].sort());
  });

  it.each(values)('values %s as %d', (span, value) => {
    const f = found.find((x) => x.type === 'statistic' && x.text === span);
    expect((f?.value as StatisticValue | undefined)?.value).toBe(value);
  });
});
