import type { PieceTexts } from '../../i18n/types';

// Pure data: the piece's notes, glossary cards and reference dates in Spanish, written from the
// English of the knowledge pack. `quotation` is our translation of the note's English quotation.
export const PIECE_ES: PieceTexts = {
  notes: {
    'territorial-defeat': {
      paraphrase:
        'El texto describe al grupo como el primer movimiento terrorista que quiso levantar un Estado propio, y afirma que en octubre de 2017 casi había perdido ya su lucha por conservar territorio.',
      quotation: 'casi ha perdido su guerra territorial',
    },
    'raqqa-mosul-fallen': {
      paraphrase:
        'Perdida Mosul y caída Raqqa, su sede de poder en Siria, la coalición occidental, que combatía junto a las tropas kurdas, había despojado al grupo de sus bastiones, según el texto.',
      quotation: 'Raqqa, que tenía una importancia estratégica para la instauración del califato, ha caído',
    },
    'weakened-not-defeated': {
      paraphrase:
        'El autor advierte contra cantar victoria: la pérdida de sus dos capitales dejó al grupo muy dañado, pero dañado no es vencido, y la lucha contra él continúa.',
      quotation: 'gravemente debilitado, pero no derrotado del todo',
    },
    'fleeing-south': {
      paraphrase:
        'Los combatientes se replegaban hacia el sur de Siria, cerca de la frontera iraquí, en busca de nuevo terreno que ocupar, mientras que dentro de Irak el grupo aún contaba con hombres dispuestos a morir por él, según el texto.',
      quotation: 'dispuestos a morir por «la noble causa» de la yihad',
    },
    'africa-safe-haven': {
      paraphrase:
        'El autor prevé que algunos Estados africanos, vaciados por gobernantes corruptos, den cobijo al grupo y permitan a sus combatientes reconstruir con discreción lo que han perdido.',
      quotation: 'posible refugio seguro para combatientes del Estado Islámico',
    },
    'partial-victory': {
      paraphrase:
        'Para el autor, el triunfo de la coalición es solo parcial: su adversario se adapta, conserva fuerza en ciertas regiones y sigue siendo poderoso en internet, así que perder terreno no demuestra que la amenaza se hubiera exagerado.',
      quotation: 'una victoria estratégica parcial frente a un enemigo que resiste',
    },
    'fighters-15000': {
      paraphrase:
        'El texto cifra en unos 15 000 los combatientes que le quedan al grupo y considera que el peligro que representan es tan grave como siempre.',
      quotation: 'combatientes del Estado Islámico (unos 15 000) sigue siendo extremadamente grave',
    },
    'migrant-boats': {
      paraphrase:
        'Sin tierra que defender, sugiere el autor, los yihadistas podrían colarse en Europa a bordo de las embarcaciones de migrantes y hacer del continente su nuevo objetivo.',
      quotation: 'usar embarcaciones de migrantes para llegar a Europa',
    },
    'libya-gateway': {
      paraphrase:
        'Con Siria e Irak más difíciles de tomar, el texto ve en Libia la probable base de partida de combatientes que cruzarían el mar hacia las costas del sur de Europa.',
      quotation: 'Libia podría servir como territorio clave',
    },
    'gaddafi-vacuum': {
      paraphrase:
        'El autor culpa a una decisión occidental corta de miras, la de derribar a Gadafi: por brutal que fuera, Occidente podía tenerlo bajo control, y su caída abrió un vacío de poder que los grupos yihadistas de Libia han aprovechado.',
      quotation:
        'creó un vacío de poder que ha dado lugar a un terreno fértil y aprovechable para los grupos yihadistas en Libia',
    },
    'europe-attacks': {
      paraphrase:
        'Reducido su Estado a una ilusión, el autor espera que el grupo golpee Europa con más frecuencia, y dice que los gobiernos occidentales tendrán que vigilar ese peligro de cerca y en serio.',
      quotation: 'los atentados terroristas en Europa podrían volverse más graves',
    },
    'intelligence-role': {
      paraphrase:
        'Aquí lo decisivo son los servicios de inteligencia y seguridad, sostiene el texto: deben identificar y seguir a los sospechosos adecuados antes de que puedan matar, y pone como ejemplo los atentados recientes en el Reino Unido, Francia, España y Bélgica.',
      quotation: 'identificados y seguidos antes de que puedan cometer atrocidades',
    },
    'border-arrests': {
      paraphrase:
        'El autor prevé más detenciones policiales en las fronteras para frenar atentados antes de que ocurran, y advierte a la vez que eso podría alejar a la gran mayoría de los musulmanes, que son del todo pacíficos.',
      quotation: 'detenciones preventivas en las fronteras',
    },
    'cut-financing': {
      paraphrase:
        'Dejar sin dinero a los terroristas, estén en países musulmanes o en Europa, es vital para debilitarlos, sostiene el texto, y recuerda lo bien que funcionó lo mismo contra el crimen organizado, sobre todo en Italia.',
      quotation: 'cortar el suministro financiero de los terroristas',
    },
    'media-apparatus': {
      paraphrase:
        'Aunque como territorio esté casi acabado, el grupo mantiene una potente maquinaria de propaganda que radicaliza a personas en cualquier lugar sin necesidad de una cadena de mando; desmontarla es tarea de la coalición, dice el texto.',
      quotation: 'un aparato mediático muy fuerte',
    },
    'cyber-terrorism': {
      paraphrase:
        'Incluso sin territorio, afirma el autor, los ataques a través de redes informáticas seguirán amenazándonos, y la delincuencia en línea podría convertirse en una forma de financiar el terrorismo.',
      quotation: 'Los ciberdelitos también podrían usarse para recaudar fondos terroristas',
    },
    'electronic-jihad': {
      paraphrase:
        'La llamada yihad electrónica, librada en las redes sociales, suele acompañar a ataques y protestas en el mundo físico, observa el texto, mientras los foros yihadistas reparten guías de pirateo y programas para ciberataques coordinados.',
      quotation: 'La llamada «yihad electrónica», librada a través de las redes sociales',
    },
    'online-recruitment': {
      paraphrase:
        'Para el autor, internet es el canal para captar reclutas y difundir propaganda, y permite que redes sueltas y dispersas actúen en grupos pequeños sin nadie al mando general.',
      quotation: 'redes muy descentralizadas que actúan en grupos pequeños sin control central',
    },
    'minniti-platforms': {
      paraphrase:
        'Marco Minniti, ministro del Interior de Italia, había dicho sin rodeos que las grandes plataformas tecnológicas (Google, Facebook, Twitter) deben ayudar a impedir que el material cruel y lleno de odio se propague por la red.',
      quotation: 'contenidos atroces y de odio en internet',
    },
    'counter-measures': {
      paraphrase:
        'El texto enumera las herramientas: vigilar foros y fuentes de dinero, desconectar a los terroristas de internet, desbaratar sus planes y conversar con yihadistas para cuestionar sus convicciones, todo para sacar a gente de ahí y disuadir a nuevos reclutas.',
      quotation: 'conversar con yihadistas para poner en cuestión sus creencias',
    },
    'deradicalise-returnees': {
      paraphrase:
        'El objetivo, escribe el autor, es desradicalizar a los combatientes extranjeros que puedan volver a Europa con la intención de captar a otros y atentar, ya sea por su cuenta o en pequeñas células.',
      quotation: 'ya sea en pequeñas células o como lobos solitarios',
    },
    'far-from-dead': {
      paraphrase:
        'Al cerrar, el autor insiste de nuevo en el trabajo de inteligencia: hay que detectar y neutralizar de antemano a extremistas y posibles atacantes, porque el grupo habrá perdido su territorio, pero sigue muy vivo.',
      quotation: 'lejos de estar del todo muerto',
    },
  },
  terms: {
    'islamic-state': {
      label: 'Estado Islámico',
      card: 'El texto presenta al grupo como la primera organización terrorista que intentó convertirse en Estado, y como casi vencido sobre el terreno en octubre de 2017. Su tesis es que perder territorio no lo liquida: combatientes, dinero, medios y redes en línea lo mantienen peligroso.',
    },
    caliphate: {
      label: 'califato',
      card: 'En el texto, el califato es el Estado que el grupo levantó en Siria e Irak, con Raqqa como capital siria. Su hundimiento, sostiene el autor, desplaza el peligro en lugar de acabar con él: sin un Estado que gobernar, el grupo podría fijarse en Europa.',
    },
    jihad: {
      label: 'yihad, yihadistas',
      card: 'El texto llama yihadistas a los combatientes y seguidores del grupo, estén en Siria e Irak, en Libia o en Europa. Propone cortarles el acceso al dinero y a internet, y atraerlos a conversaciones que pongan a prueba lo que creen.',
    },
    raqqa: {
      label: 'Raqqa',
      card: 'La ciudad siria que el grupo gobernó como capital de su califato. El texto se escribió días después de su caída y la trata como el fin del centro de poder del grupo, aunque no del grupo mismo.',
    },
    mosul: {
      label: 'Mosul',
      card: 'La ciudad iraquí cuya pérdida el texto pone junto a la caída de Raqqa. Juntas, sostiene, las dos derrotas dejaron al grupo muy debilitado, pero aún capaz de combatir.',
    },
    'kurdish-forces': {
      label: 'fuerzas kurdas',
      card: 'El texto atribuye a los combatientes kurdos, junto con la coalición occidental, el haber quebrado al grupo en Raqqa y Mosul. Apenas dice más de ellos: aparecen como una de las dos fuerzas que derribaron el califato.',
    },
    'western-coalition': {
      label: 'coalición occidental',
      card: 'La alianza a la que el texto atribuye, con las fuerzas kurdas, la toma de Raqqa y Mosul. El autor califica su éxito de parcial y le asigna la siguiente tarea: desmontar el poder mediático del grupo.',
    },
    libya: {
      label: 'Libia',
      card: 'El texto ve en Libia la probable próxima base, un lugar desde el que los combatientes podrían pasar al sur de Europa. Atribuye esa puerta abierta a la decisión occidental de derrocar a Gadafi, que dejó un vacío que aprovechan los grupos yihadistas.',
    },
    gaddafi: {
      label: 'Gadafi',
      card: 'Gobernante de Libia hasta 2011. El autor admite que era un dictador brutal, pero uno al que Occidente podía tener bajo control, y califica su derrocamiento de decisión corta de miras cuyo vacío han aprovechado los yihadistas.',
    },
    'migrant-boats': {
      label: 'embarcaciones de migrantes',
      card: 'El texto advierte que, sin territorio que defender, los yihadistas podrían viajar a Europa ocultos entre los migrantes que cruzan el mar. Lo presenta como un riesgo nuevo, que pesaba menos mientras el grupo estaba ocupado gobernando su Estado.',
    },
    'foreign-fighters': {
      label: 'combatientes extranjeros',
      card: 'Combatientes que se unieron al grupo desde el extranjero. Al texto le preocupan los que puedan volver a Europa, y sostiene que hay que desradicalizarlos antes de que capten a otros o atenten, solos o en pequeñas células.',
    },
    'lone-wolves': {
      label: 'lobos solitarios',
      card: 'Atacantes que actúan solos. El texto los menciona, junto a las pequeñas células, como una de las formas en que los combatientes que regresan podrían atentar en Europa; de ahí su apuesta por la inteligencia y la desradicalización.',
    },
    'small-cells': {
      label: 'pequeñas células',
      card: 'Grupos pequeños que actúan sin mando central. El texto sostiene que internet hace posibles estas redes sueltas, y nombra las pequeñas células, junto a los lobos solitarios, como la forma que podrían tomar los atentados de los retornados.',
    },
    'marco-minniti': {
      label: 'Marco Minniti',
      card: 'Ministro del Interior de Italia cuando se escribió el texto. El texto cita su llamamiento a Google, Facebook, Twitter y otras grandes plataformas para que ayuden a frenar la difusión en línea de material cruel y de odio.',
    },
    'electronic-jihad': {
      label: 'yihad electrónica',
      card: 'El nombre que da el texto a la actividad yihadista en las redes sociales, que según dice acompaña a menudo a ataques físicos y protestas. Los foros yihadistas, añade, hacen circular manuales y herramientas de pirateo: un arma más para el grupo.',
    },
    'cyber-terrorism': {
      label: 'ciberterrorismo',
      card: 'El texto espera que los ataques a través de redes informáticas sigan siendo una amenaza tras la derrota territorial del grupo. Añade que la ciberdelincuencia podría convertirse en una fuente de dinero para el terrorismo.',
    },
    radicalisation: {
      label: 'radicalización',
      card: 'El texto sostiene que los medios del grupo pueden convertir en extremistas a personas de cualquier parte del mundo sin jerarquía de mando alguna. Internet, a su juicio, es el vehículo de esa captación y esa propaganda.',
    },
    deradicalisation: {
      label: 'desradicalización',
      card: 'La respuesta del texto a los combatientes que regresan: sacarlos del extremismo antes de que capten a otros o atenten. La acompaña de conversaciones que cuestionen las creencias yihadistas y de trabajo de inteligencia.',
    },
    'terrorist-financing': {
      label: 'financiación del terrorismo',
      card: 'El texto sostiene que cortar el dinero a los terroristas, tanto en el mundo musulmán como en Europa, es clave para debilitarlos, como lo fue contra el crimen organizado en Italia. Advierte también de que la ciberdelincuencia podría servir para recaudar fondos.',
    },
  },
  dates: {
    piecePublished: 'La Razón publica el texto',
    raqqaControlled: 'El EI toma el control de Raqqa',
    mosulCaptured: 'El EI conquista Mosul',
    caliphateProclaimed: 'El EI proclama su «califato»',
    parisAttacks: 'Atentados de París',
    brusselsBombings: 'Atentados de Bruselas',
    niceAttack: 'Atentado con camión en Niza',
    minnitiInOffice: 'Marco Minniti pasa a ser ministro del Interior de Italia',
    minnitiLeavesOffice: 'Termina el mandato de Marco Minniti como ministro del Interior',
    manchesterBombing: 'Atentado del Manchester Arena',
    londonBridgeAttack: 'Atentado del Puente de Londres',
    mosulVictory: 'Irak declara la victoria en Mosul',
    barcelonaAttacks: 'Atentados de Barcelona y Cambrils (17–18 ago.)',
    raqqaCaptured:
      'Las FDS, lideradas por kurdos, anuncian la toma de Raqqa (declarada formalmente el 20 oct.)',
    libyaIntervention: 'Comienza la intervención militar internacional en Libia',
    gaddafiKilled: 'Muere Gadafi',
  },
};
