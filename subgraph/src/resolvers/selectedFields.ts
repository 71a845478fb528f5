import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const walked = new WeakMap<object, ReadonlySet<string>>();

/** Each field node one level below `info`'s, through fragment spreads and inline fragments. */
function forEachField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  visit: (field: FieldNode) => void,
) {
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);
}

/**
 * The names of the fields a resolver's result is asked for, one level down, through fragment
 * spreads and inline fragments (whatever their type condition and directives: a superset of what
 * will be resolved is the safe side). For reading only the columns a request needs (issue 11).
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): ReadonlySet<string> {
  // A list's items share one `info.fieldNodes` (240 cards of a board ask the same): walked once.
  const known = walked.get(info.fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  forEachField(info, (field) => names.add(field.name.value));
  walked.set(info.fieldNodes, names);
  return names;
}

/** True when every field asked for is one of `available`. */
function selectsOnly(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  available: ReadonlySet<string>,
): boolean {
  for (const name of selectedFields(info)) if (!available.has(name)) return false;
  return true;
}

type RowLoader<Row> = { load(key: string): Promise<Row | null> };

/** Which of two loaders `rowForSelection` reads a field's row with. */
export function loaderForSelection<Card, Whole>(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  cardFields: ReadonlySet<string>,
  card: Card,
  whole: Whole,
): Card | Whole {
  return selectsOnly(info, cardFields) ? card : whole;
}

const children = new WeakMap<object, Map<string, readonly FieldNode[]>>();

/**
 * The nodes of the field `name` one level down (through fragments), as `info` for a resolver that
 * reads ahead what its items' field will ask for (`prefetchDealParts`). The same array for the same
 * parent, so `selectedFields` walks it once.
 */
export function childSelection(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  name: string,
): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  let byName = children.get(info.fieldNodes);
  if (!byName) children.set(info.fieldNodes, (byName = new Map<string, readonly FieldNode[]>()));
  let nodes = byName.get(name);
  if (!nodes) {
    const found: FieldNode[] = [];
    forEachField(info, (field) => {
      if (field.name.value === name) found.push(field);
    });
    byName.set(name, (nodes = found));
  }
  return { fieldNodes: nodes, fragments: info.fragments };
}

/**
 * The row a field returns: read by `card` (a few columns) when every field asked of it is one of
 * `cardFields`, else by `whole`. The card is typed as the whole row for the resolvers: GraphQL
 * resolves only the fields asked for, and those read only the card's columns (`leadCard.test.ts`
 * asks for each of them).
 */
export function rowForSelection<Card, Row extends Card>(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  cardFields: ReadonlySet<string>,
  key: string,
  card: RowLoader<Card>,
  whole: RowLoader<Row>,
): Promise<Row | null> {
  return loaderForSelection<RowLoader<Card | Row>, RowLoader<Row>>(
    info,
    cardFields,
    card,
    whole,
  ).load(key) as Promise<Row | null>;
}
