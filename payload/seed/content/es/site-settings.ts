import type { SiteSettingsTranslation } from '../types'

/** Los textos del menú y del pie de página en español, en el orden de los enlaces en inglés. */
export const siteSettingsEs: SiteSettingsTranslation = {
  navigationLabels: [
    'Inicio',
    'Bloqueo de rama medial',
    'Ablación por radiofrecuencia',
    'Enfermedad de las articulaciones facetarias',
    'Preguntas frecuentes',
    'Portal del paciente',
  ],
  footerText:
    'La información de este sitio es general y no reemplaza los consejos de su propio médico. Si le preocupan sus síntomas, llámenos al (617) 555-0142. En una emergencia, llame al 911.',
  footerLinkLabels: ['Inicio', 'Preguntas frecuentes', 'Portal del paciente'],
}
