import type { LanguagePack } from '../language-pack';

// The Spanish cues of each note and aliases of each term, by id. Only entrypoints/language-es.ts and
// the tools that need every language (languages/all.ts) import this module, so the overlay bundle
// carries none of it.
export const ES: LanguagePack = {
  cues: {
    'territorial-defeat':
      'territorio, territorial, califato, bastiones, zonas bajo su control; perdido, pierde, perdiendo, pérdida, retrocede, retroceso, expulsado, se desmorona, reducido',
    'raqqa-mosul-fallen':
      'raqa, raqqa, mosul; caída, cayó, liberación, liberada, liberar, reconquista, recuperar, ofensiva, batalla, asalto, avance, asedio, campaña; not: presa de mosul',
    'weakened-not-defeated':
      'lejos de terminar, no ha terminado, amenaza a largo plazo, no derrotado, tácticas de guerrilla, victoria prematura, declarar la victoria, sigue siendo una amenaza',
    'fleeing-south':
      'abu kamal, albu kamal, mayadín, al qaim, valle del éufrates, frontera iraquí, frontera con irak, deir ez zor; huyen, huida, huyeron, retirada, replegarse, procedentes de irak, refuerzos, acorralado, último bastión; not: frontera turca, frontera con turquía',
    'africa-safe-haven':
      'áfrica, africano, africanos, sahel, nigeria, somalia, malí, boko haram, sinaí, egipto, túnez, libio; refugio seguro, bastión, expandirse, expansión, filial, filiales, provincia, campamentos, tomó el control, santuario',
    'partial-victory':
      'victoria parcial, avances militares, logros militares, progresos contra, balance mixto; advierten, advirtió, a pesar de, resiliente, se adapta, se ha extendido',
    'fighters-15000':
      'combatientes, milicianos, yihadistas; estimación, estimaciones, se estima, oscilan entre',
    'migrant-boats':
      'patera, pateras, barco de refugiados, ruta de los refugiados, falsos refugiados, migrantes, refugiados, solicitantes de asilo, lampedusa; yihadistas, terroristas, infiltrados, infiltrarse, sospechosos',
    'libya-gateway':
      'libia, sirte, trípoli, bengasi, misrata; bastión, expandirse, ganado terreno, tomó el control, control de, propagación, base, puerta, sur de europa, costas europeas, mediterráneo, avanzaron',
    'gaddafi-vacuum':
      'gadafi, vacío de poder, gobiernos rivales, caos político, gobierno de unidad, facciones armadas; libios, caos, anarquía, aprovechan, vacío, crecido',
    'europe-attacks':
      'europa, europeo, europeos, parís, bruselas, francia, bélgica, alemania, londres, reino unido, barcelona, cambrils, españa, italia; atentado, atentados, ataque, ataques, atacante, atacantes, masacre, complot',
    'intelligence-role':
      'inteligencia, servicios de inteligencia, vigilancia, fichado, policía, autoridades, investigadores, fiscalía, agente encubierto; sospechoso, sospechosos, rastrear, identificado, vigilado, frustrado, planeaban, detenido, detenidos, arrestado',
    'border-arrests':
      'frontera, fronteras, controles fronterizos, paso fronterizo; detenido, detenidos, detención, arrestado, arrestos, interceptado',
    'cut-financing':
      'financiación, financiamiento, finanzas, dinero, petróleo, ingresos, fondos, infraestructura económica; cortar, asfixiar, sanciones, vender, contrabando, mercado negro, pagos, pagó, pagar, destruido',
    'media-apparatus':
      'propaganda, vídeo, vídeos, dabiq, amaq, rumiyah, revista, brazo mediático, imágenes; difundió, publicó, publicado, muestra, mostrando, edición, número, nueva',
    'cyber-terrorism':
      'ciberataque, ciberataques, ciberdelincuencia, ciberdelitos, pirateo, hackeo, piratas informáticos; cibercalifato, terroristas, recaudar fondos',
    'electronic-jihad':
      'yihad electrónica, ciber-yihad, foros yihadistas, manuales de hackeo, yihad en internet, califato virtual',
    'online-recruitment':
      'reclutar, reclutamiento, reclutados, captación, captados, radicalizado; en internet, internet, redes sociales, twitter, facebook, telegram, web',
    'minniti-platforms':
      'twitter, facebook, google, youtube, empresas tecnológicas, plataformas, minniti; cuentas, cerrado, eliminar, eliminado, contenidos extremistas, contenido, suspendidas, discurso de odio; not: síguenos, compartir en, suscríbete',
    'counter-measures':
      'programa, programas, prevención, contranarrativa, iniciativa, lucha contra el extremismo; extremismo, radicalización, reclutamiento, desarticular, en riesgo, desactivar; not: servicio antiterrorista, fuerzas antiterroristas',
    'deradicalise-returnees':
      'retornados, regresan, regresaron, regreso, volvieron, rehabilitación, desradicalización; combatientes extranjeros, de siria, de irak, combatir con, lobo solitario, lobos solitarios, células',
    'far-from-dead':
      'lejos de estar muerto, no está muerto, sigue vivo, alcance global, capacidad terrorista, sigue siendo capaz, pérdidas territoriales',
  },
  aliases: {
    'islamic-state': 'estado islámico, estado islamico, isis, daesh, eiil',
    caliphate: 'califato',
    jihad: 'yihad, yihadista, yihadistas, yihadismo',
    raqqa: 'raqa, raqqa',
    mosul: 'mosul',
    'kurdish-forces': 'fuerzas kurdas, milicias kurdas, fuerzas democráticas sirias, peshmergas',
    'western-coalition': 'coalición internacional, coalición occidental',
    libya: 'libia',
    gaddafi: 'gadafi, gaddafi',
    'migrant-boats': 'pateras, patera, barcos de migrantes, embarcaciones de migrantes',
    'foreign-fighters': 'combatientes extranjeros, combatiente extranjero',
    'lone-wolves': 'lobo solitario, lobos solitarios',
    'small-cells': 'pequeñas células, célula terrorista, células durmientes',
    'marco-minniti': 'marco minniti, minniti',
    'electronic-jihad': 'yihad electrónica, ciberyihad',
    'cyber-terrorism': 'ciberterrorismo',
    radicalisation: 'radicalización, radicalizado, radicalizados',
    deradicalisation: 'desradicalización',
    'terrorist-financing': 'financiación del terrorismo, financiación terrorista',
  },
};
