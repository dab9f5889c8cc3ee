// Names of states that neither world-countries nor i18n-iso-countries carry, mostly former ones,
// that analysts still write (sources quote them, older files use them). Each one names exactly
// one state today. Left out on purpose, because they name more than one state or none today:
// Rhodesia (Zambia and Zimbabwe), Soviet Union / USSR, Yugoslavia, Czechoslovakia, Zaire is
// kept (it is the DR Congo under another name, 1971-1997).
export const FORMER_STATE_NAMES = {
  TUR: ['Turkey', 'Republic of Turkey'], // Türkiye since 2022 (UN)
  MMR: ['Burma', 'Union of Burma'], // Myanmar since 1989
  SWZ: ['Swaziland', 'Kingdom of Swaziland'], // Eswatini since 2018
  CIV: ['Ivory Coast'], // Côte d'Ivoire asks to be called so in every language
  CZE: ['Czech Republic', 'Czechia'], // short name Czechia since 2016
  MKD: ['Macedonia', 'Republic of Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'], // North Macedonia since 2019
  NLD: ['Holland'], // two of its provinces, used for the whole
  CPV: ['Cape Verde'], // Cabo Verde since 2013
  TLS: ['East Timor'], // Timor-Leste
  IRN: ['Persia'], // until 1935
  COD: ['Zaire', 'Republic of Zaire'], // 1971-1997
  LKA: ['Ceylon'], // until 1972
  KHM: ['Kampuchea'], // 1975-1989
  BFA: ['Upper Volta'], // until 1984
  BEN: ['Dahomey'], // until 1975
  THA: ['Siam'], // until 1939
  BWA: ['Bechuanaland'], // until 1966
};
