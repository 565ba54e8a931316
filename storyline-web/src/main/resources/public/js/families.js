// Event families (ACLED event types plus "Beyond ACLED") and their colours: the Okabe-Ito palette,
// which stays apart for the common colour-vision deficiencies.
const COLOURS = {
  'Battles': '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  'Protests': '#0072B2',
  'Riots': '#56B4E9',
  'Strategic developments': '#009E73',
  'Beyond ACLED': '#7f7f7f',
};

export const FAMILIES = Object.keys(COLOURS);
export const colour = (family) => COLOURS[family] || '#444444';
