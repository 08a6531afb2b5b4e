import type { TimelineStrings } from './en.js';

/** French UI strings. */
const s = (n: number) => (n > 1 ? 's' : '');
export const strings: TimelineStrings = {
  loading: 'Chargement de la chronologie…',
  loadFailed: 'Impossible de charger la chronologie.',
  retry: 'Réessayer',
  noData: 'Aucune donnée de chronologie fournie.',
  noEvents: 'Cette chronologie ne contient aucun événement.',
  invalidJson: 'Le fichier n’est pas un JSON valide.',
  fetchFailed: 'La requête réseau a échoué.',
  httpError: (status) => `Le serveur a répondu HTTP ${status}.`,
  notJson: 'Le serveur a renvoyé une page web ou un autre fichier, pas du JSON.',
  empty: 'Le fichier est vide.',
  tooLarge: 'Le fichier est trop volumineux.',
  timeout: 'Le serveur n’a pas répondu à temps.',
  leftOut: (events, others) =>
    [events ? `${events} événement${s(events)} écarté${s(events)}` : '', others ? `${others} groupe${s(others)} ou période${s(others)} écarté${s(others)}` : '']
      .filter(Boolean)
      .join(' ; ') + ' en raison d’erreurs dans les données :',
  moreIssues: (count) => `…et ${count} de plus.`,
  chartLabel: (title, count) => `${title ? `${title} : ` : ''}chronologie de ${count} événement${s(count)}`,
  eventsLane: 'Événements',
  otherLane: 'Autres',
  close: 'Fermer le détail',
  place: 'Lieu',
  actors: 'Acteurs',
  sources: 'Sources',
  displayDate: (wording) => `« ${wording} »`,
  zoomControls: 'Zoom',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  fit: 'Tout afficher',
  zoomHint: 'Ctrl + molette ou pincement pour zoomer, glisser pour se déplacer',
  listLabel: 'Événements dans l’ordre chronologique',
  showing: (range) => `Affiché : ${range}`,
  previous: 'Précédent',
  next: 'Suivant',
  position: (index, count) => `${index} sur ${count}`,
  cluster: (count, span) => `${count} événements, ${span}`,
  earlier: (count) => `Afficher les événements antérieurs (${count})`,
  later: (count) => `Afficher les événements suivants (${count})`,
  noteType: { correction: 'Correction', uncertainty: 'Incertain', context: 'Contexte' },
};
