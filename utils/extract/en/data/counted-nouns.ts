/**
 * What English news counts: a number followed by one of these nouns (with up to
 * three lower-case modifiers between: `1,284 drug-related arrests`) is a statistic.
 * Lower-case regular plurals need no entry (see open-plurals.ts): this list is for
 * singulars after `1`, capitalized headlines (`31 Arrests`), two-word units and units.
 *
 * To extend, add the singular to COUNTED_NOUNS (its plural is made by the usual
 * rules: -s, -es after s/x/z/ch/sh, -ies after a consonant + y) or an irregular
 * plural to IRREGULAR_PLURALS. The statistic's unit is the singular as written here.
 * Time units (years, months, days) are left out on purpose: `17 years` is a duration.
 */
export const COUNTED_NOUNS: string[] = [
  // people
  'arrest', 'officer', 'agent', 'deputy', 'trooper', 'detective', 'investigator', 'prosecutor', 'judge',
  'person', 'resident', 'individual', 'suspect', 'defendant', 'victim', 'death', 'fatality', 'injury', 'casualty',
  'minor', 'adult', 'student', 'teacher', 'worker', 'employee', 'migrant', 'immigrant', 'refugee', 'inmate',
  'prisoner', 'detainee', 'offender', 'member', 'patient', 'passenger', 'driver', 'tourist', 'visitor', 'soldier',
  'firefighter', 'civilian', 'citizen', 'voter', 'lawmaker', 'senator', 'delegate', 'staff member', 'volunteer',
  'gang member', 'survivor', 'witness', 'juvenile', 'teen', 'teenager', 'applicant', 'participant', 'attendee',
  'user', 'customer', 'client', 'subscriber', 'consumer', 'taxpayer', 'protester', 'demonstrator', 'candidate',
  'dealer', 'trafficker', 'smuggler', 'broker', 'recruit', 'pupil', 'doctor', 'nurse',
  // road users and travellers
  'official', 'lawyer', 'attorney', 'journalist', 'activist', 'militant', 'fighter', 'hostage', 'girl', 'boy', 'youth',
  'baby', 'infant',
  // road users and travellers
  'motorist', 'motorcyclist', 'cyclist', 'bicyclist', 'pedestrian', 'occupant', 'rider', 'courier', 'crew member',
  // crimes, cases, proceedings
  'case', 'crime', 'offense', 'offence', 'incident', 'crash', 'accident', 'collision', 'shooting', 'homicide',
  'murder', 'robbery', 'burglary', 'theft', 'assault', 'overdose', 'seizure', 'raid', 'search', 'stop',
  'citation', 'ticket', 'fine', 'complaint', 'report', 'call', 'warrant', 'charge', 'count', 'indictment',
  'conviction', 'investigation', 'prosecution', 'lawsuit', 'violation', 'fire', 'explosion', 'attack', 'operation',
  'checkpoint', 'inspection', 'audit', 'warning', 'recording', 'hearing', 'trial', 'appeal', 'petition', 'request',
  'referral', 'tip', 'alert', 'notice', 'order', 'contract', 'loan', 'grant', 'protest', 'rally', 'strike',
  'election', 'ballot', 'test', 'sample', 'event', 'meeting', 'session', 'patrol', 'breach',
  'submission', 'response', 'letter', 'notification', 'proposal', 'amendment', 'deal', 'sentence',
  // things seized and counted
  'firearm', 'gun', 'weapon', 'rifle', 'handgun', 'pistol', 'shotgun', 'round', 'bullet', 'cartridge', 'magazine',
  'vehicle', 'car', 'truck', 'motorcycle', 'boat', 'vessel', 'aircraft', 'drone', 'pill', 'tablet', 'dose', 'package',
  'parcel', 'bag', 'bale', 'brick', 'plant', 'phone', 'device', 'computer', 'document', 'file', 'record', 'account',
  'transaction', 'application', 'permit', 'license', 'licence', 'vote', 'seat', 'bed', 'job', 'animal',
  'bomb', 'grenade', 'explosive', 'video', 'image', 'photo', 'message', 'email', 'website', 'domain', 'server',
  'app', 'capsule', 'cigarette', 'bottle', 'container', 'shipment', 'consignment', 'crate', 'box', 'carton',
  'camera', 'vaccine', 'flight', 'trip', 'dealership', 'store', 'shop', 'restaurant', 'bar', 'shelter',
  'machine', 'converter', 'catalytic converter', 'tire', 'tyre', 'battery', 'wheel',
  // containers and packs: what they hold may follow, `800 bricks of white powder` (see CONTAINER_NOUNS)
  'suitcase', 'backpack', 'envelope', 'sack', 'cylinder', 'drum', 'canister', 'pallet', 'jar', 'vial', 'packet',
  'wrap', 'bundle', 'block', 'pack', 'pouch', 'sachet', 'roll', 'tub', 'tin', 'bucket',
  // organizations and places
  'agency', 'department', 'county', 'state', 'country', 'nation', 'city', 'town', 'province', 'district',
  'village', 'household', 'family', 'home', 'house', 'property', 'building', 'business', 'company', 'firm',
  'facility', 'school', 'hospital', 'project', 'unit', 'location', 'site', 'organization', 'group', 'team',
  'community', 'neighborhood', 'neighbourhood', 'jurisdiction', 'precinct', 'court', 'prison', 'jail', 'region',
  'area', 'zone', 'street', 'road', 'bridge', 'gang', 'cartel', 'network', 'ring', 'cell', 'member state',
  'entity', 'authority', 'institution', 'operator', 'provider', 'regulator', 'sector', 'body',
  'corridor', 'intersection', 'highway', 'junction', 'crossing', 'lane',
];

/** Plurals the rules above do not make, to their singular. */
export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', persons: 'person', children: 'child', women: 'woman', men: 'man', police: 'police officer',
  'police officers': 'police officer', staff: 'staff member', aircraft: 'aircraft', premises: 'premises',
  series: 'series', species: 'species', sheep: 'sheep', cattle: 'cattle', ammunition: 'ammunition',
  knives: 'knife', lives: 'life', thieves: 'thief', wives: 'wife', gunmen: 'gunman', policemen: 'policeman',
  fishermen: 'fisherman',
};

/**
 * Units of measure, every written form to the symbol stored as the unit.
 * A measure may be followed by what it measures (`4.6 kilograms of fentanyl`),
 * which stays in the span.
 */
export const MEASURE_UNITS: Record<string, string> = {
  kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg', kgs: 'kg',
  gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', g: 'g', milligram: 'mg', milligrams: 'mg', mg: 'mg',
  tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric ton': 't', 'metric tons': 't',
  pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb', ounce: 'oz', ounces: 'oz', oz: 'oz',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', barrel: 'bbl', barrels: 'bbl',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', km: 'km', mile: 'mi', miles: 'mi',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', foot: 'ft', feet: 'ft',
  hectare: 'ha', hectares: 'ha', ha: 'ha', acre: 'acre', acres: 'acre',
  'square metre': 'm²', 'square metres': 'm²', 'square meter': 'm²', 'square meters': 'm²',
  'square kilometre': 'km²', 'square kilometres': 'km²', 'square kilometer': 'km²', 'square kilometers': 'km²',
  'square foot': 'sq ft', 'square feet': 'sq ft', 'square mile': 'sq mi', 'square miles': 'sq mi',
};

/**
 * Counted nouns that hold or pack something, and so behave like a measure: what
 * they hold stays in the span (`nearly 800 bricks of white powder`, `two bags of cash`).
 */
export const CONTAINER_NOUNS: string[] = [
  'brick', 'bale', 'bag', 'package', 'packet', 'parcel', 'box', 'crate', 'carton', 'bottle', 'container', 'shipment',
  'consignment', 'suitcase', 'backpack', 'sack', 'drum', 'canister', 'jar', 'vial', 'pallet', 'envelope', 'wrap',
  'bundle', 'block', 'pack', 'pouch', 'sachet', 'roll', 'tub', 'tin', 'bucket', 'round',
];

/**
 * Substances that may follow a measure directly, without `of`, as headlines write
 * them (`840kg cocaine`); a MEASURED_MODIFIERS word may come first (`2 tonnes crystal meth`).
 */
export const SUBSTANCES: string[] = [
  'cocaine', 'heroin', 'methamphetamine', 'meth', 'fentanyl', 'cannabis', 'marijuana', 'ketamine', 'mdma', 'ecstasy',
  'opium', 'amphetamine', 'amphetamines', 'hashish', 'crack', 'khat', 'gold', 'silver', 'ivory', 'explosives',
  'ammunition', 'tobacco', 'cash',
];

/** Words that may qualify what a measure is of (`of crystal methamphetamine`) and need one more word. */
export const MEASURED_MODIFIERS: string[] = [
  'crystal', 'liquid', 'powdered', 'powder', 'raw', 'illegal', 'illicit', 'suspected', 'synthetic', 'counterfeit',
  'pure', 'uncut', 'processed', 'smuggled', 'contraband', 'methamphetamine', 'marijuana', 'cannabis',
  'white', 'brown', 'black', 'dried', 'compressed', 'crack',
];
