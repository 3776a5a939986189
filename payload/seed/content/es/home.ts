import type { HomeSeed } from '../types'

/** La página de inicio en español. */
export const homeEs: HomeSeed = {
  title: 'Harbour Spine Clinic',
  heroHeading: 'Ayuda clara y tranquila para el dolor de cuello y de espalda',
  heroText:
    'Ayudamos a las personas con dolor de cuello o de espalda de larga duración a descubrir qué lo causa y a escoger el siguiente paso que les conviene.',
  metaDescription:
    'Harbour Spine Clinic, en Boston, ayuda a las personas con dolor de cuello o de espalda de larga duración a encontrar la causa y planear su tratamiento, incluidos los bloqueos de rama medial.',
  markdown: `Vivir con dolor de cuello o de espalda cansa, sobre todo cuando nadie sabe decirle qué lo causa. En Harbour Spine Clinic, nuestros especialistas estudian su dolor con cuidado y le ayudan a encontrar su origen. Después planeamos con usted el siguiente paso, uno a la vez.

### Bloqueos de rama medial

Un [bloqueo de rama medial](/procedures/medial-branch-block) es una inyección pequeña y dirigida. Sirve para saber si las articulaciones facetarias de la parte de atrás de la columna están detrás de su dolor. Puede aliviar el dolor por un tiempo corto, y el resultado ayuda a decidir qué sigue, como la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation) para un alivio más duradero.

### Para saber más

- [Bloqueo de rama medial](/procedures/medial-branch-block)
- [Ablación por radiofrecuencia](/procedures/radiofrequency-ablation)
- [Enfermedad de las articulaciones facetarias](/conditions/facet-joint-disease)
- [Preguntas frecuentes](/faq)

### Portal del paciente

Si tiene una cita con nosotros, puede [entrar al portal del paciente](/portal). Allí puede leer sus instrucciones, firmar su consentimiento y llevar su diario del dolor, todo en español.

### Contáctenos

Llame al (617) 555-0142, escriba a hello@harbourspine.example o visítenos en 200 Atlantic Avenue, Suite 300, Boston, MA 02110.`,
}
