import type { PageTranslation } from '../types'

/**
 * La página del bloqueo de rama medial en español, escrita para pacientes (no traducida palabra por
 * palabra): los mismos hechos y las mismas secciones que la página en inglés, en palabras sencillas.
 */
export const medialBranchBlockEs: PageTranslation = {
  title: 'Bloqueo de rama medial',
  summary:
    'Una inyección pequeña y muy dirigida que sirve para saber si sus articulaciones facetarias causan su dolor de cuello o de espalda. También puede aliviar el dolor por un tiempo corto y ayuda a decidir el siguiente paso.',
  metaDescription:
    'Qué es un bloqueo de rama medial, a quién puede ayudar, cómo se hace, qué significa el resultado, riesgos, recuperación y su relación con la ablación por radiofrecuencia.',
  sections: [
    {
      kind: 'what-it-is',
      heading: '¿Qué es un bloqueo de rama medial?',
      markdown: `Si tiene dolor de cuello o de espalda que dura mucho tiempo o que vuelve una y otra vez, quizá le hablen de varios tipos de inyecciones en la columna. No siempre es fácil saber cuál es la adecuada para usted. El bloqueo de rama medial es una de las más conocidas.

Es una inyección pequeña que se coloca con mucho cuidado. El medicamento se pone cerca de los **nervios de la rama medial**. Estos nervios diminutos llevan los mensajes de dolor desde las articulaciones facetarias hasta el cerebro.

Las **articulaciones facetarias** son articulaciones pequeñas en la parte de atrás de la columna. Ayudan a que la columna se mantenga firme y se pueda mover. En nuestra página sobre la [enfermedad de las articulaciones facetarias](/conditions/facet-joint-disease) le explicamos cómo pueden causar dolor de larga duración.

### Por qué pueden doler las articulaciones facetarias

Estas articulaciones se pueden irritar e inflamar. Las causas más comunes son:

- el desgaste natural con los años
- la artritis
- la inflamación (hinchazón e irritación)
- el esfuerzo de repetir el mismo movimiento muchas veces

Cuando esto pasa, puede sentir dolor y rigidez que no se quitan.

### La idea en tres pasos

1. El dolor podría empezar en sus articulaciones facetarias.
2. Los nervios de la rama medial llevan ese mensaje de dolor.
3. La inyección calma esos nervios por un rato, para ver si su dolor baja.

### Por qué es útil

El bloqueo no trata el dolor de todo el cuerpo. Revisa un solo camino del dolor. Así su especialista puede saber mejor de dónde viene el dolor, sin guiarse solo por los síntomas o por las imágenes (radiografías, resonancias).

Por eso no es "una inyección más". Ayuda a contestar una pregunta clave: **¿su dolor viene de verdad de las articulaciones facetarias, o de otra parte?** A veces, además, alivia el dolor por un tiempo.`,
    },
    {
      kind: 'candidates',
      heading: '¿A quién puede ayudar un bloqueo de rama medial?',
      markdown: `### A quién le puede convenir

Se suele ofrecer a personas con **dolor axial**. Esto quiere decir que el dolor está sobre todo en el cuello o en la espalda, y no baja principalmente por un brazo o una pierna.

Puede ser para usted si tiene:

- dolor de cuello de larga duración (crónico)
- dolor de larga duración en la parte baja de la espalda
- dolor que empeora al girar el cuerpo o al doblarse hacia atrás
- rigidez después de estar sentado, acostado o de pie mucho tiempo
- dolor que su médico cree que puede venir de las articulaciones facetarias
- síntomas que no han mejorado lo suficiente con tratamientos sencillos ("conservadores")

### A quién le puede ayudar menos

Puede ser menos útil si su dolor se debe sobre todo a:

- una hernia de disco grande
- una raíz nerviosa muy apretada (comprimida)
- una ciática típica, en la que lo principal es el dolor que baja por la pierna
- algo que no son las articulaciones facetarias

Por eso es tan importante encontrar la causa correcta. No todas las inyecciones sirven para todos los tipos de dolor. La idea es escoger el procedimiento que corresponde al origen más probable de su dolor (los médicos lo llaman el "generador del dolor").`,
    },
    {
      kind: 'symptoms',
      heading: 'Señales de que el dolor puede venir de las articulaciones facetarias',
      markdown: `El dolor de las articulaciones facetarias no es igual en todas las personas. Pero muchas notan cosas parecidas.

Es común describir:

- dolor en una zona de la espalda, a un lado de la columna o a los dos
- dolor de cuello que empeora al girar la cabeza (rotación) o al echarla hacia atrás (extensión)
- rigidez al levantarse por la mañana o después de descansar un rato
- dolor al estar de pie mucho tiempo
- un dolor sordo, "mecánico", más que un dolor eléctrico o punzante
- dolor que aumenta al repetir el mismo movimiento

Algunas personas también notan:

- dolor al levantarse de una silla
- dolor al inclinarse hacia atrás
- que no se pueden mover tanto como antes (menos movilidad)
- molestias después de hacer actividad
- dolor que mejora un poco con el descanso`,
    },
    {
      kind: 'how-it-is-done',
      heading: 'Cómo se hace el bloqueo',
      markdown: `El bloqueo se suele hacer de forma ambulatoria: usted no tiene que quedarse a dormir. El especialista usa imágenes para guiar la aguja.

### Paso a paso

1. Le ayudamos a acomodarse en una posición que permita llegar a la zona con seguridad.
2. Se limpia y se prepara la piel.
3. Se pone un medicamento para adormecer la piel.
4. Con ayuda de las imágenes, el especialista lleva la aguja justo al lugar indicado.
5. Se inyecta el medicamento cerca de los nervios de la rama medial que se quieren probar.
6. El personal le observa un rato después. La mayoría de las personas se van a casa el mismo día.

### Qué lo hace diferente

- Es **dirigido**: apunta a nervios concretos.
- Es **mínimamente invasivo**: solo se usa una aguja, sin cirugía.
- Se usa a menudo para **confirmar** de dónde viene el dolor.
- Puede ayudar a decidir **qué hacer después** en su tratamiento.`,
    },
    {
      kind: 'other',
      heading: 'Antes de pedir su cita: lo práctico',
      markdown: `Las respuestas cortas que la gente nos pide antes de hacer una cita.

- **Tiempo en la clínica:** calcule unas dos horas en total. La inyección en sí suele durar bastante menos de una hora; después descansa mientras nuestro personal le revisa.
- **Manejar:** no maneje el resto del día. Venga con un adulto que le pueda llevar a casa, o pida un taxi y venga acompañado.
- **Anticoagulantes:** si toma un medicamento para hacer la sangre más líquida, díganoslo al pedir la cita. No lo deje ni lo cambie por su cuenta: el médico que se lo receta le dirá qué es seguro.
- **Comida y bebida:** puede comer algo ligero y tomar sus bebidas de siempre, salvo que le indiquemos otra cosa.
- **Pastillas para el dolor:** no tome medicamentos para el dolor durante unas seis horas antes del bloqueo, para que la prueba mida su dolor de siempre. Siga tomando sus demás medicamentos.
- **Por qué dos bloqueos:** un solo bloqueo puede confundir, por ejemplo si el dolor baja por casualidad. Un segundo bloqueo otro día, a menudo con un anestésico que dura un tiempo distinto, muestra si el resultado se repite.
- **Cuánto alivio cuenta:** muchos seguros, como Medicare en Estados Unidos, piden que el dolor baje por lo menos un 80% después de cada uno de dos bloqueos. Otra guía de especialistas (de 2020) cuenta como positivo un 50% o más después de un bloqueo. Su especialista le dirá qué regla se aplica en su caso.

¿Tiene preguntas antes de pedir su cita? Llámenos al (617) 555-0142.`,
    },
    {
      kind: 'diagnostic-or-treatment',
      heading: '¿Es una prueba o un tratamiento?',
      markdown: `Sobre todo es una prueba (una inyección **diagnóstica**). Pero también puede aliviar el dolor por un tiempo.

El bloqueo se usa casi siempre para saber si sus articulaciones facetarias son de verdad la causa de su dolor. Si el dolor baja mucho después de la inyección, su especialista tiene una pista importante: los nervios de la rama medial probablemente están involucrados.

### Por qué es importante

- Reduce las conjeturas.
- Puede confirmar qué camino de tratamiento seguir.
- Ayuda a ver si le puede convenir un tratamiento de efecto más largo, como la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation).

Si prefiere no apresurarse a una cirugía, el bloqueo encaja bien en un plan más amplio de tratamiento del dolor sin cirugía.`,
    },
    {
      kind: 'relief-duration',
      heading: '¿Cuánto dura el alivio?',
      markdown: `Depende de cada persona.

Algunas personas tienen:

- alivio solo por un rato
- unas cuantas horas con menos dolor
- una mejoría breve, pero suficiente para confirmar el diagnóstico
- una baja pequeña del dolor, sin que desaparezca del todo

**Es bueno saberlo:** el bloqueo no tiene que dar alivio duradero para ser útil.

Muchas veces su verdadero valor es lo que le dice a su especialista. Si el dolor mejora más o menos el tiempo esperado después de la inyección, es probable que las articulaciones facetarias estén involucradas.

Así que, en lugar de preguntar "¿cuánto me va a durar?", suele ser más útil preguntar: **¿bajó mi dolor de siempre lo suficiente para confirmar el diagnóstico?**`,
    },
    {
      kind: 'outcomes',
      heading: 'Qué significa el resultado',
      markdown: `### Si el bloqueo funciona

Si su dolor baja de forma importante, su especialista puede hablar con usted de un siguiente paso que busque un alivio más largo. Muchas veces es la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation) (RFA), que también se llama ablación facetaria o rizotomía.

El camino suele ser así:

1. El dolor de larga duración hace pensar que las articulaciones facetarias pueden estar involucradas.
2. Le hacen un bloqueo de rama medial.
3. Su dolor baja de forma importante.
4. Se vuelve más probable que las articulaciones facetarias causen el dolor.
5. Le pueden proponer la ablación por radiofrecuencia para un alivio más duradero.

### Si el bloqueo no ayuda

Aunque su dolor no cambie, el bloqueo ha servido de algo.

Un resultado "negativo" puede indicar que:

- sus articulaciones facetarias no son la causa principal de su dolor
- el dolor puede venir de otra parte del cuerpo
- hacen falta más estudios
- otro tipo de tratamiento le puede ir mejor

Otras causas posibles del dolor son:

- los discos que están entre los huesos de la columna
- un nervio apretado (comprimido)
- problemas en la articulación sacroilíaca, donde la columna se une con la pelvis
- dolor de los músculos
- otras partes de la columna

Es bueno saberlo desde el principio. Descartar una causa también vale la pena: mantiene su plan de tratamiento en la dirección correcta.`,
    },
    {
      kind: 'benefits',
      heading: 'Beneficios',
      markdown: `Algunos beneficios posibles:

- un diagnóstico más preciso
- una revisión concreta de si el dolor viene de las articulaciones facetarias
- alivio del dolor por un tiempo, en algunas personas
- decisiones mejor informadas sobre su siguiente tratamiento
- evitar tratamientos demasiado generales o que no corresponden a su dolor
- ayudar a saber si la ablación por radiofrecuencia le puede funcionar

### Por qué a muchos pacientes les gusta

- es más preciso que adivinar
- puede aclarar de dónde viene un dolor de larga duración
- puede quitar la preocupación de no saber qué pasa
- ayuda a armar un plan de tratamiento con una estrategia clara`,
    },
    {
      kind: 'risks',
      heading: 'Efectos secundarios y riesgos',
      markdown: `Toda inyección puede tener efectos secundarios y riesgos, aunque el bloqueo de rama medial se considere mínimamente invasivo.

### Efectos frecuentes y pasajeros

- dolor donde entró la aguja
- algo de molestia por un rato
- un poco de hinchazón
- adormecimiento por un rato
- dolor que empeora por un tiempo antes de mejorar

### Riesgos menos frecuentes pero importantes

- infección
- sangrado
- una reacción alérgica
- efectos secundarios de los medicamentos usados
- un alivio del dolor solo parcial
- no tener una respuesta clara sobre la causa, si los resultados no son claros

Las personas suelen sentirse mejor cuando saben de antemano que la meta no es solo sentirse bien enseguida, sino también obtener información precisa.

Si algo le preocupa después del bloqueo, como fiebre, o si la zona de la inyección se pone roja, caliente o más hinchada, llame a Harbour Spine Clinic al (617) 555-0142. Si le cuesta respirar o se siente muy mal, llame al 911.`,
    },
    {
      kind: 'recovery',
      heading: 'Recuperación y cuidados después',
      markdown: `La recuperación suele ser sencilla.

La mayoría de las personas pueden esperar:

- irse a casa el mismo día
- hacer actividades ligeras después, salvo que le digan lo contrario
- quedarse un rato en observación antes de salir
- que le pidan fijarse bien en cómo responde su dolor

### Lo que su médico le puede pedir

- fijarse en lo que normalmente le provoca el dolor
- ver si los movimientos de todos los días le resultan más fáciles
- anotar su dolor en un diario durante varias horas
- tomárselo con calma y no hacer esfuerzos el día del bloqueo
- contarle a la clínica cuánto alivio tuvo y cuánto le duró

### Por qué importa anotarlo

Sus notas ayudan a su especialista a leer el resultado con más precisión. Si tiene una cita con nosotros, puede llenar su diario del dolor en el [portal del paciente](/portal).`,
    },
    {
      kind: 'comparison',
      heading: '¿Bloqueo de rama medial o ablación por radiofrecuencia?',
      markdown: `Están muy relacionados, pero no son lo mismo.

**Bloqueo de rama medial**

- casi siempre es una prueba (diagnóstica)
- corta el mensaje de dolor por poco tiempo
- ayuda a saber si las articulaciones facetarias causan el dolor

**Ablación por radiofrecuencia**

- casi siempre es un tratamiento (terapéutico)
- usa calor para interrumpir los nervios que llevan el dolor
- busca un alivio que dure más

Una forma fácil de recordarlo: el bloqueo ayuda a **confirmar**, y la ablación ayuda a **alargar** el alivio. Lea más sobre la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation).`,
    },
    {
      kind: 'when-to-see-specialist',
      heading: 'Cuándo ver a un especialista de la columna',
      markdown: `Vale la pena que le revisen si el dolor no se quita, vuelve una y otra vez o no le deja hacer su vida normal.

Puede ser buena idea ver a un especialista de la columna si:

- le duele la espalda o el cuello desde hace semanas o meses
- los síntomas vuelven una y otra vez
- los tratamientos sencillos (conservadores) no han ayudado lo suficiente
- todavía no sabe qué causa su dolor
- los movimientos, las posturas o las tareas de todos los días le provocan dolor a menudo
- quiere un plan de tratamiento más preciso

Muchas personas se sienten frustradas. Muchas veces no es porque ya no queden tratamientos por probar, sino porque nadie ha encontrado una causa clara. Un bloqueo de rama medial puede ayudar cuando el siguiente paso tiene que ser más preciso.

Para hablar con nosotros, llame a Harbour Spine Clinic al (617) 555-0142 o escriba a hello@harbourspine.example.`,
    },
    {
      kind: 'other',
      heading: 'Lo más importante',
      markdown: `- El bloqueo de rama medial no es una "inyección para el dolor" cualquiera. Es una prueba dirigida que revisa si las articulaciones facetarias están detrás de su dolor de cuello o de espalda de larga duración.
- Ayuda a saber de dónde viene su dolor.
- Puede aliviar el dolor por un tiempo corto.
- Puede mostrar si la ablación por radiofrecuencia es un buen siguiente paso.
- Apoya un plan de tratamiento con una estrategia clara, en lugar de conjeturas.

Para la persona indicada, una respuesta clara puede valer tanto como el alivio de unas horas. ¿Todavía tiene preguntas? Vea nuestras [preguntas frecuentes](/faq).`,
    },
  ],
}
